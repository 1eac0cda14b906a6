using static Warta.Tests.Coding.CodingTestKit;

namespace Warta.Tests.Coding;

/// <summary>
/// Events the coder used to write that the text does not assert or that it wrote twice: a timetable read as an intent, an
/// act like an earlier one read as an answer to it, one mention coded as two actors, and the other side of a threat.
/// </summary>
public sealed class FalseEventTests
{
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
}
