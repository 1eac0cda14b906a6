using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Entries reached through verb forms the analyser did not reduce before round eleven (docs/lexicon.md, "Verb forms"):
/// a verb the UD lemma table knows only as a noun (upgrade) and a hyphenated prefix (re-opened → reopen).
/// </summary>
public sealed class VerbFormReachTests
{
    [Theory]
    [InlineData("Japan and Vietnam upgraded their diplomatic ties on Monday.", "050", "JPN")]
    [InlineData("Turkey re-opened its border with Armenia on Sunday.", "050", "TUR")]
    [InlineData("Turkey has re-opened its border with Armenia.", "050", "TUR")]
    public void A_verb_form_reaches_its_entry(string text, string cameo, string source) =>
        Assert.Contains(Code(text, lang: "en").Events, e => e.Cameo == cameo && e.Source.Country == source);
}
