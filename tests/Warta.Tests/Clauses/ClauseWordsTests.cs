using Warta.Clauses;
using Warta.Errors;
using Warta.Languages;

namespace Warta.Tests.Clauses;

public sealed class ClauseWordsTests
{
    [Theory]
    [InlineData("id", "yang", ClauseWordKind.Relative)]
    [InlineData("id", "bahwa", ClauseWordKind.Complementizer)]
    [InlineData("id", "untuk", ClauseWordKind.Chain)]
    [InlineData("id", "namun", ClauseWordKind.Coordinator)]
    [InlineData("id", "setelah", ClauseWordKind.Subordinator)]
    [InlineData("id", "jika", ClauseWordKind.Condition)]
    [InlineData("id", "oleh", ClauseWordKind.Agent)]
    [InlineData("id", "kami", ClauseWordKind.FirstPerson)]
    [InlineData("id", "beliau", ClauseWordKind.ThirdPerson)]
    [InlineData("id", "nya", ClauseWordKind.ThirdPerson)]
    [InlineData("id", "menerima", ClauseWordKind.Receive)]
    [InlineData("id", "melancarkan", ClauseWordKind.Light)]
    [InlineData("en", "who", ClauseWordKind.Relative)]
    [InlineData("en", "that", ClauseWordKind.Complementizer)]
    [InlineData("en", "to", ClauseWordKind.Chain)]
    [InlineData("en", "if", ClauseWordKind.Condition)]
    [InlineData("en", "by", ClauseWordKind.Agent)]
    [InlineData("en", "we", ClauseWordKind.FirstPerson)]
    [InlineData("en", "she", ClauseWordKind.ThirdPerson)]
    public void Shipped_lists_know_the_structural_words(string lang, string word, ClauseWordKind kind)
    {
        var words = ClauseWords.Load(TestPaths.DataDirectory, lang == "en" ? Language.English : Language.Indonesian);
        Assert.Equal(kind, words[word]);
    }

    [Theory]
    [InlineData("id", "kepada", WordRole.AddressPreposition, "to")]
    [InlineData("en", "to", WordRole.AddressPreposition, "kepada")]
    [InlineData("id", "ke", WordRole.DestinationPreposition, "to")]
    [InlineData("id", "untuk", WordRole.PostingPreposition, "in")]
    [InlineData("en", "of", WordRole.QuantityPreposition, "dari")]
    [InlineData("en", "at", WordRole.VenuePreposition, "di")]
    [InlineData("id", "dua", WordRole.PairNumber, "two")]
    [InlineData("en", "would", WordRole.ReportedFuture, "akan")]
    [InlineData("en", "its", WordRole.CollectivePronoun, "his")]
    [InlineData("en", "'s", WordRole.PossessiveMarker, "s")]
    [InlineData("en", "’s", WordRole.PossessiveMarker, "nya")]
    [InlineData("en", "their", WordRole.PossessiveDeterminer, "they")]
    public void Each_language_holds_its_own_words_of_each_role(string lang, string word, WordRole role, string otherWord)
    {
        var words = ClauseWords.Load(TestPaths.DataDirectory, lang == "en" ? Language.English : Language.Indonesian);
        Assert.True(words.Has(role, word));
        Assert.True(words.Has(role, word.ToUpperInvariant()));
        Assert.False(words.Has(role, otherWord));
    }

    [Fact]
    public void Lookup_ignores_case_and_unknown_words_are_none()
    {
        var words = ClauseWords.Load(TestPaths.DataDirectory, Language.Indonesian);
        Assert.Equal(ClauseWordKind.Condition, words["Jika"]);
        Assert.Equal(ClauseWordKind.None, words["Rusia"]);
        Assert.True(words.Count > 20);
    }

    [Theory]
    [InlineData("id", "untuk", true, false)]
    [InlineData("id", "ke", true, true)]
    [InlineData("id", "di", false, false)]
    [InlineData("en", "to", true, false)]
    [InlineData("en", "into", false, true)]
    [InlineData("en", "in", false, false)]
    public void Target_and_direction_prepositions_are_data_and_keep_a_word_s_other_kind(string lang, string word, bool target, bool direction)
    {
        var words = ClauseWords.Load(TestPaths.DataDirectory, lang == "en" ? Language.English : Language.Indonesian);
        Assert.Equal(target, words.IsTargetPreposition(word));
        Assert.Equal(direction, words.IsDirectionPreposition(word));
        if (word is "untuk" or "to") Assert.Equal(ClauseWordKind.Chain, words[word]);
    }

    [Fact]
    public void A_line_with_an_unknown_kind_is_refused_with_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("warta-clause-words-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "id"));
            File.WriteAllText(Path.Combine(folder, "id", "clause-words.tsv"), "# test\nrelative\tyang\nadverb\tjuga\n");
            var data = Warta.Data.DataDirectory.Open(folder);
            var error = Assert.Throws<WartaException>(() => ClauseWords.Load(data, Language.Indonesian));
            Assert.Equal(ErrorCodes.DataFileInvalid, error.Code);
            Assert.Contains("clause-words.tsv:3", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Tree_readings_are_chosen_per_language_in_the_data()
    {
        var english = ClauseWords.Load(TestPaths.DataDirectory, Language.English).TreeReadings;
        var indonesian = ClauseWords.Load(TestPaths.DataDirectory, Language.Indonesian).TreeReadings;
        Assert.True(english.HasFlag(TreeReadings.Subject) && indonesian.HasFlag(TreeReadings.Subject));
        Assert.True(english.HasFlag(TreeReadings.Chain));
        Assert.False(indonesian.HasFlag(TreeReadings.Chain));
        Assert.False(english.HasFlag(TreeReadings.All));
    }

    [Fact]
    public void An_unknown_tree_reading_is_refused_with_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory("warta-clause-words-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "en"));
            File.WriteAllText(Path.Combine(folder, "en", "clause-words.tsv"), "tree-reading\tsubject\ntree-reading\teverything\n");
            var data = Warta.Data.DataDirectory.Open(folder);
            var error = Assert.Throws<WartaException>(() => ClauseWords.Load(data, Language.English));
            Assert.Equal(ErrorCodes.DataFileInvalid, error.Code);
            Assert.Contains("clause-words.tsv:2", error.Message);
            Assert.Contains("everything", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
