using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Events the coder used to write that the text does not assert or that it wrote twice: a timetable read as an intent, an
/// act like an earlier one read as an answer to it, one mention coded as two actors, and the other side of a threat.
/// </summary>
public sealed class FalseEventTests
{
    [Theory]
    [InlineData("Presiden Filipina dijadwalkan bertemu Presiden Vietnam di Hanoi pekan depan.")]
    [InlineData("The Philippine president is scheduled to meet the Vietnamese president in Hanoi next week.")]
    public void A_scheduled_meeting_is_no_intent_to_meet_only_a_meeting_still_to_come(string text)
    {
        var coded = Code(text);
        Assert.DoesNotContain(coded.Events, e => e.Cameo.StartsWith("03", StringComparison.Ordinal));
        Assert.Contains(coded.Events, e => e.Cameo == "040" && e.Modality == "hypothetical");
        Assert.DoesNotContain(coded.Events, e => e.Modality == "asserted");
    }

    [Fact]
    public void A_statement_reported_with_a_scheduled_act_stays_asserted()
    {
        // The timetable makes the meeting hypothetical, not the saying that reports it.
        var coded = Code("The Vietnamese president is due to meet the Philippine president on Tuesday, his office said.");
        Assert.Contains(coded.Events, e => e.Cameo == "010" && e.Modality == "asserted");
    }

    [Theory]
    [InlineData("China issued a statement on Monday condemning the Philippines. Vietnam and Malaysia issued similar statements.", "en")]
    [InlineData("China mengeluarkan pernyataan pada Senin yang mengecam Filipina. Vietnam dan Malaysia mengeluarkan pernyataan serupa.", "id")]
    public void Similar_statements_are_made_anew_not_aimed_at_whoever_made_the_earlier_one(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        var later = coded.Events.Where(e => e.Source.Code is "VNM" or "MYS").ToList();
        Assert.Equal(2, later.Count);
        Assert.All(later, e => Assert.Null(e.Target));
    }

    [Theory]
    [InlineData("China issued a statement on Monday condemning the Philippines. Vietnam and Malaysia issued statements.", "en")]
    [InlineData("China mengeluarkan pernyataan pada Senin yang mengecam Filipina. Vietnam dan Malaysia mengeluarkan pernyataan.", "id")]
    public void Without_a_likeness_word_the_statements_still_point_back_at_the_earlier_one(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        Assert.All(coded.Events.Where(e => e.Source.Code is "VNM" or "MYS"), e => Assert.Equal("CHN", e.Target?.Code));
    }

    [Fact]
    public void One_mention_read_two_ways_is_one_actor_with_its_role()
    {
        // "polisi Kamboja dan Thailand": the second conjunct is read both as THACOP (the police of Thailand) and as THA;
        // the demand is coded once for it, with the reading that names the role.
        var coded = Code("Amnesty International menyatakan bahwa polisi Kamboja dan Thailand harus membebaskan para aktivis.");
        Assert.Equal(new[] { "NGOHRIAMN 100 KHMCOP asserted", "NGOHRIAMN 100 THACOP asserted" },
            Described(coded).Where(d => d.EndsWith("asserted", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void Each_side_of_a_negotiation_between_conjoined_parties_is_coded_once()
    {
        var coded = Code("Pihak Palestina dan Israel gagal mencapai kesepakatan pada Minggu, meskipun telah berunding selama berjam-jam.");
        var talks = coded.Events.Where(e => e.Cameo == "046").ToList();
        Assert.Equal(2, talks.Count);
        Assert.NotEqual(talks[0].Source.Country, talks[1].Source.Country);
    }

    [Theory]
    [InlineData("Ethnic Serbs have sworn to fight until they gain control of villages in northern Kosovo.", "en")]
    [InlineData("Pemberontak Karen telah bersumpah untuk terus bertempur sampai mereka menguasai kota-kota di Myanmar timur.", "id")]
    public void A_vow_to_fight_is_a_threat_by_the_side_that_vowed_only(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        var threats = coded.Events.Where(e => e.Cameo.StartsWith("13", StringComparison.Ordinal)).ToList();
        Assert.Single(threats);
        Assert.Equal("subject", threats[0].ActorRule?.Source);
    }

    [Theory]
    [InlineData("Police arrested two Malaysian men suspected of kidnapping Indonesian fishermen off Sabah.", "en")]
    [InlineData("Kelompok Abu Sayyaf dicurigai menculik dua nelayan Indonesia di perairan Sabah.", "id")]
    public void What_someone_is_suspected_of_is_alleged_not_asserted(string text, string lang)
    {
        var coded = Code(text, lang: lang);
        var kidnapping = Assert.Single(coded.Events, e => e.Cameo == "181");
        Assert.Equal("alleged", kidnapping.Modality);
    }

    [Theory]
    [InlineData("Malaysia mediated talks between Thailand and Cambodia on Monday. Thailand rejected any further mediation.", "en", false)]
    [InlineData("Malaysia mediated talks between Thailand and Cambodia on Monday. Thailand rejected the mediation.", "en", true)]
    [InlineData("Malaysia memediasi perundingan antara Thailand dan Kamboja pada Senin. Thailand menolak segala bentuk mediasi.", "id", false)]
    [InlineData("Malaysia memediasi perundingan antara Thailand dan Kamboja pada Senin. Thailand menolak mediasi tersebut.", "id", true)]
    public void Any_mediation_points_back_at_no_earlier_mediation(string text, string lang, bool anaphora)
    {
        var coded = Code(text, lang: lang);
        var rejection = Assert.Single(coded.Events, e => e.Cameo == "126");
        Assert.Equal(anaphora, rejection.ActorRule?.Target == "event-anaphora");
    }
}
