using Warta.Languages;
using static Warta.Tests.Events.LexiconProbe;

namespace Warta.Tests.Events;

public sealed class IndonesianMatchingTests
{
    private const Language Id = Language.Indonesian;

    [Theory]
    [InlineData("Pemerintah Indonesia mengutuk serangan itu.", "mengutuk", "111")]
    [InlineData("Serangan itu dikutuk oleh pemerintah.", "dikutuk", "111")]
    [InlineData("Rusia mengecam keputusan Kazakhstan.", "mengecam", "111")]
    [InlineData("Kedua menteri bertemu di Jakarta.", "bertemu", "040")]
    [InlineData("Presiden mengunjungi Moskow pekan lalu.", "mengunjungi", "042")]
    [InlineData("Polisi menangkap tiga aktivis.", "menangkap", "173")]
    [InlineData("Tiga aktivis ditangkap polisi.", "ditangkap", "173")]
    [InlineData("Pasukan itu menyerang desa di perbatasan.", "menyerang", "190")]
    [InlineData("Kementerian menolak usulan itu.", "menolak", "120")]
    [InlineData("Mahasiswa berunjuk rasa di depan gedung parlemen.", "berunjuk", "141")]
    [InlineData("Kedua negara bekerja sama dalam bidang pendidikan.", "bekerja", "060")]
    [InlineData("Pemerintah membantah laporan tersebut.", "membantah", "016")]
    public void A_verb_matches_in_any_voice(string sentence, string word, string code)
    {
        var match = Verb(sentence, word, Id);
        Assert.NotNull(match);
        Assert.Equal(code, match.Code);
    }

    [Fact]
    public void Menyerahkan_with_a_protest_note_is_an_official_complaint_in_every_voice()
    {
        Assert.Equal("114", Verb("Kemlu menyerahkan nota protes kepada Dubes Rusia.", "menyerahkan", Id)?.Code);
        Assert.Equal("114", Verb("Nota protes diserahkan kepada Dubes Rusia.", "diserahkan", Id, passive: true)?.Code);
    }

    [Fact]
    public void A_split_clitic_does_not_hide_the_predicate()
    {
        var match = Verb("Kemlu menyerahkannya bersama nota protes.", "menyerahkan", Id);
        Assert.NotNull(match);
        Assert.Equal("114", match.Code);
    }

    [Fact]
    public void Ber_and_meN_forms_of_one_root_are_different_predicates()
    {
        Assert.Equal("173", Verb("Polisi menahan dua orang.", "menahan", Id)?.Code);
        Assert.Null(Verb("Pasukan itu bertahan di kota.", "bertahan", Id));
        Assert.Equal("040", Verb("Menlu menemui Presiden.", "menemui", Id)?.Code);
    }

    [Fact]
    public void A_nominal_event_names_the_preposition_of_its_source()
    {
        var match = Noun("Permintaan resmi dari Kiev diterima.", "Permintaan", Id);
        Assert.NotNull(match);
        Assert.Contains("dari", match.SourcePrepositions);
    }

    [Fact]
    public void Menyerah_is_a_different_predicate_from_menyerahkan()
    {
        Assert.Equal("0874", Verb("Pasukan pemberontak menyerah kepada tentara.", "menyerah", Id)?.Code);
        Assert.Null(Verb("Ia menyerahkan dokumen itu.", "menyerahkan", Id));
    }

    [Fact]
    public void A_cue_refines_the_code_and_without_it_there_is_no_sanction()
    {
        var match = Verb("Amerika Serikat menjatuhkan sanksi baru terhadap Rusia.", "menjatuhkan", Id);
        Assert.NotNull(match);
        Assert.Equal("163", match.Code);
        Assert.True(match.HasCue);
        Assert.Contains("terhadap", match.TargetPrepositions);
        Assert.Equal("id:predicate:menjatuhkan+sanksi→163", match.RuleName);
        Assert.Null(Verb("Pesawat itu menjatuhkan muatan di laut.", "menjatuhkan", Id));
    }

    [Theory]
    [InlineData("Rusia dijatuhi sanksi oleh Uni Eropa.", "dijatuhi", "163")]
    [InlineData("Rusia dikenai sanksi baru.", "dikenai", "163")]
    [InlineData("Aktivis itu dijatuhi hukuman penjara.", "dijatuhi", "116")]
    public void Passive_sanction_constructions_with_i_are_their_own_predicates(string sentence, string word, string code) =>
        Assert.Equal(code, Verb(sentence, word, Id)?.Code);

    [Fact]
    public void A_longer_cue_wins_over_a_shorter_one()
    {
        Assert.Equal("0233", Verb("Palestina meminta bantuan kemanusiaan kepada PBB.", "meminta", Id)?.Code);
        Assert.Equal("023", Verb("Palestina meminta bantuan kepada PBB.", "meminta", Id)?.Code);
        Assert.Equal("020", Verb("Palestina meminta PBB bertindak.", "meminta", Id)?.Code);
    }

    [Fact]
    public void Summoning_an_ambassador_is_an_official_complaint()
    {
        Assert.Equal("114", Verb("Kemlu memanggil Duta Besar Rusia.", "memanggil", Id)?.Code);
        Assert.Equal("040", Verb("Presiden memanggil para menteri.", "memanggil", Id)?.Code);
    }

    [Fact]
    public void A_reciprocal_predicate_says_so()
    {
        var match = Verb("Menlu bertemu dengan Menlu Rusia.", "bertemu", Id);
        Assert.NotNull(match);
        Assert.True(match.Reciprocal);
        Assert.Contains("dengan", match.TargetPrepositions);
    }

    [Theory]
    [InlineData("Serangan Rusia terhadap Ukraina menewaskan warga.", "Serangan", "190")]
    [InlineData("Sanksi terhadap Rusia diperpanjang.", "Sanksi", "163")]
    [InlineData("Kunjungan presiden ke Moskow berlangsung singkat.", "Kunjungan", "042")]
    [InlineData("Kecaman datang dari banyak negara.", "Kecaman", "111")]
    [InlineData("Permintaan resmi dari Kiev diterima.", "Permintaan", "020")]
    [InlineData("Penangkapan aktivis itu dikritik.", "Penangkapan", "173")]
    public void An_event_noun_matches(string sentence, string word, string code)
    {
        var match = Noun(sentence, word, Id);
        Assert.NotNull(match);
        Assert.Equal(code, match.Code);
    }

    [Fact]
    public void Speech_verbs_are_statements_flagged_as_speech()
    {
        var match = Verb("Juru bicara itu mengatakan bahwa Rusia menyerang.", "mengatakan", Id);
        Assert.NotNull(match);
        Assert.Equal("010", match.Code);
        Assert.True(match.IsSpeech);
    }
}
