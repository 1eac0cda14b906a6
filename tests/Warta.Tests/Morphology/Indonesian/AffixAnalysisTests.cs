using Warta.Morphology;

namespace Warta.Tests.Morphology.Indonesian;

/// <summary>One word per line: the root, the outermost prefix and the voice the analyser must give.</summary>
[Collection(MorphologyCollection.Name)]
public sealed class AffixAnalysisTests(MorphologyFixture fixture)
{
    private MorphAnalysis Analyze(string word) => fixture.Morphology.Analyze(word);

    [Theory]
    // me- before l m n r w y (and ny-initial roots)
    [InlineData("melihat", "lihat", "meN", "Active")]
    [InlineData("merasa", "rasa", "meN", "Active")]
    [InlineData("menilai", "nilai", "meN", "Active")]
    [InlineData("mewakili", "wakil", "meN", "Active")]
    [InlineData("menyatakan", "nyata", "meN", "Active")]
    // mem- (b kept, p deleted)
    [InlineData("membalas", "balas", "meN", "Active")]
    [InlineData("membunuh", "bunuh", "meN", "Active")]
    [InlineData("memanggil", "panggil", "meN", "Active")]
    [InlineData("memukul", "pukul", "meN", "Active")]
    [InlineData("memprotes", "protes", "meN", "Active")]
    // men- (c d j kept, t deleted)
    [InlineData("menculik", "culik", "meN", "Active")]
    [InlineData("mendesak", "desak", "meN", "Active")]
    [InlineData("menuduh", "tuduh", "meN", "Active")]
    [InlineData("menolak", "tolak", "meN", "Active")]
    [InlineData("menangkap", "tangkap", "meN", "Active")]
    [InlineData("menembak", "tembak", "meN", "Active")]
    // meng- (vowel, g h kept; k deleted; k+r kept)
    [InlineData("mengusir", "usir", "meN", "Active")]
    [InlineData("mengancam", "ancam", "meN", "Active")]
    [InlineData("mengecam", "kecam", "meN", "Active")]
    [InlineData("mengutuk", "kutuk", "meN", "Active")]
    [InlineData("mengunjungi", "kunjung", "meN", "Active")]
    [InlineData("menghentikan", "henti", "meN", "Active")]
    [InlineData("mengkritik", "kritik", "meN", "Active")]
    // meny- (s deleted)
    [InlineData("menyerang", "serang", "meN", "Active")]
    [InlineData("menyita", "sita", "meN", "Active")]
    [InlineData("menyerukan", "seru", "meN", "Active")]
    // menge- (monosyllabic roots)
    [InlineData("mengebom", "bom", "meN", "Active")]
    // memper-
    [InlineData("memperingatkan", "ingat", "memper", "Active")]
    [InlineData("mempertanyakan", "tanya", "memper", "Active")]
    // multiword root written solid inside the affixed form
    [InlineData("menandatangani", "tanda tangan", "meN", "Active")]
    // di-, diper-
    [InlineData("dipanggil", "panggil", "di", "Passive")]
    [InlineData("diusir", "usir", "di", "Passive")]
    [InlineData("ditangkap", "tangkap", "di", "Passive")]
    [InlineData("diserang", "serang", "di", "Passive")]
    [InlineData("diperpanjang", "panjang", "diper", "Passive")]
    // ter- passive
    [InlineData("tertangkap", "tangkap", "ter", "Passive")]
    [InlineData("terbunuh", "bunuh", "ter", "Passive")]
    // ber- (bertemu keeps its -mu)
    [InlineData("bertemu", "temu", "ber", "Middle")]
    [InlineData("berunding", "runding", "ber", "Middle")]
    [InlineData("berkunjung", "kunjung", "ber", "Middle")]
    [InlineData("bekerja", "kerja", "ber", "Middle")]
    [InlineData("berencana", "rencana", "ber", "Middle")]
    public void Verb_gets_root_prefix_and_voice(string form, string root, string prefix, string voice)
    {
        var a = Analyze(form);
        Assert.Equal(root, a.Lemma);
        Assert.Equal(prefix, a.Prefixes.FirstOrDefault());
        Assert.Equal(Enum.Parse<Voice>(voice), a.Voice);
        Assert.True(a.Known, a.Rule);
    }

    [Theory]
    [InlineData("penangkapan", "tangkap", "peN", "an")]
    [InlineData("pengusiran", "usir", "peN", "an")]
    [InlineData("penarikan", "tarik", "peN", "an")]
    [InlineData("penembakan", "tembak", "peN", "an")]
    [InlineData("pemanggilan", "panggil", "peN", "an")]
    [InlineData("kementerian", "menteri", "ke", "an")]
    [InlineData("kesepakatan", "sepakat", "ke", "an")]
    [InlineData("perundingan", "runding", "per", "an")]
    [InlineData("pertemuan", "temu", "per", "an")]
    [InlineData("serangan", "serang", "", "an")]
    [InlineData("dukungan", "dukung", "", "an")]
    [InlineData("ancaman", "ancam", "", "an")]
    [InlineData("tuduhan", "tuduh", "", "an")]
    public void Nominal_derivation_is_marked(string form, string root, string prefix, string suffix)
    {
        var a = Analyze(form);
        Assert.Equal(root, a.Lemma);
        Assert.Equal(prefix, a.Prefixes.FirstOrDefault() ?? "");
        Assert.Equal(suffix, a.Suffixes.FirstOrDefault() ?? "");
        Assert.True(a.IsNominal, a.Rule);
        Assert.Equal(Voice.None, a.Voice);
    }

    [Theory]
    [InlineData("menjatuhkan", "jatuh", "kan")]
    [InlineData("membebaskan", "bebas", "kan")]
    [InlineData("menduduki", "duduk", "i")]
    [InlineData("menyetujui", "setuju", "i")]
    [InlineData("dijanjikan", "janji", "kan")]
    public void Verbal_suffixes_are_split(string form, string root, string suffix)
    {
        var a = Analyze(form);
        Assert.Equal(root, a.Lemma);
        Assert.Equal([suffix], a.Suffixes);
    }

    [Theory]
    [InlineData("katanya", "kata", "nya")]
    [InlineData("dukungannya", "dukung", "nya")]
    [InlineData("serangannya", "serang", "nya")]
    [InlineData("ujarnya", "ujar", "nya")]
    [InlineData("bukunya", "buku", "nya")]
    [InlineData("rumahku", "rumah", "ku")]
    [InlineData("negaramu", "negara", "mu")]
    [InlineData("bukanlah", "bukan", "lah")]
    [InlineData("apakah", "apa", "kah")]
    [InlineData("merekapun", "mereka", "pun")]
    [InlineData("menurutnya", "menurut", "nya")]
    public void Attached_clitics_are_reported(string form, string root, string clitic)
    {
        var a = Analyze(form);
        Assert.Equal(root, a.Lemma);
        Assert.Contains(clitic, a.Clitics);
    }

    [Theory]
    [InlineData("menurut")]
    [InlineData("terhadap")]
    [InlineData("tersebut")]
    [InlineData("berdasarkan")]
    [InlineData("mengenai")]
    [InlineData("bersama")]
    [InlineData("adalah")]
    [InlineData("merupakan")]
    [InlineData("sekitar")]
    [InlineData("terutama")]
    [InlineData("seperti")]
    [InlineData("kemudian")]
    [InlineData("sementara")]
    [InlineData("bahwa")]
    [InlineData("hanya")]
    [InlineData("dia")]
    [InlineData("mereka")]
    public void Lexicalised_and_function_words_stay_whole(string form)
    {
        var a = Analyze(form);
        Assert.Equal(form, a.Lemma);
        Assert.Empty(a.Prefixes);
        Assert.Empty(a.Suffixes);
        Assert.Equal(Voice.None, a.Voice);
    }

    [Theory]
    [InlineData("negara-negara", "negara")]
    [InlineData("anak-anak", "anak")]
    [InlineData("serang-menyerang", "serang")]
    [InlineData("terus-menerus", "terus")]
    [InlineData("bertahun-tahun", "tahun")]
    [InlineData("anti-Rusia", "anti-Rusia")]
    public void Reduplication_gives_the_shared_root(string form, string root) =>
        Assert.Equal(root, Analyze(form).Lemma);

    [Theory]
    [InlineData("Vrublevsky")]
    [InlineData("Kazakhstan")]
    [InlineData("Konuspayev")]
    [InlineData("Tokayev")]
    public void Capitalised_word_without_analysis_keeps_its_form(string form)
    {
        var a = Analyze(form);
        Assert.Equal(form, a.Lemma);
        Assert.Empty(a.Prefixes);
        Assert.False(a.Known);
    }

    [Theory]
    [InlineData("Dipanggil", "panggil")]
    [InlineData("Menteri", "menteri")]
    [InlineData("MENOLAK", "tolak")]
    public void Capitalised_common_word_is_analysed_lower_cased(string form, string root) =>
        Assert.Equal(root, Analyze(form).Lemma);

    [Theory]
    [InlineData("dimakzulkan", "makzul", "di", "Passive")]
    [InlineData("menggoreng", "goreng", "meN", "Active")]
    [InlineData("berdevosi", "devosi", "ber", "Middle")]
    public void Unknown_word_gets_a_rule_based_guess(string form, string root, string prefix, string voice)
    {
        var a = Analyze(form);
        Assert.Equal(root, a.Lemma);
        Assert.Equal(prefix, a.Prefixes.FirstOrDefault());
        Assert.Equal(Enum.Parse<Voice>(voice), a.Voice);
    }

    [Fact]
    public void Unknown_word_with_no_affix_is_its_own_lemma_and_not_known()
    {
        var a = Analyze("zzyzx");
        Assert.Equal("zzyzx", a.Lemma);
        Assert.False(a.Known);
    }

    [Theory]
    [InlineData("terbesar", "besar")]
    [InlineData("terbaik", "baik")]
    public void Superlative_ter_is_not_passive(string form, string root)
    {
        var a = Analyze(form);
        Assert.Equal(root, a.Lemma);
        Assert.Equal(Voice.None, a.Voice);
    }

    [Fact]
    public void Rule_explains_the_winning_segmentation() =>
        Assert.Equal("meN(p)+panggil", Analyze("memanggil").Rule);
}

[Collection(MorphologyCollection.Name)]
public sealed class KeAnPreferenceTests(MorphologyFixture fixture)
{
    [Theory]
    [InlineData("keretakan", "retak")]
    [InlineData("kenaikan", "naik")]
    [InlineData("kerusakan", "rusak")]
    [InlineData("keluarkan", "keluar")]
    [InlineData("kembalikan", "kembali")]
    [InlineData("kerjakan", "kerja")]
    public void Ke_an_confix_beats_a_ke_root_with_bare_kan(string word, string root) =>
        Assert.Equal(root, fixture.Morphology.Analyze(word).Lemma);
}
