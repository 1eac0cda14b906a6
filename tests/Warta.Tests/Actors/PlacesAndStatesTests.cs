using Warta.Actors;
using Warta.Languages;
using Warta.Tests.Coding;

namespace Warta.Tests.Actors;

/// <summary>
/// Places read against the story and the date (round twelve), each in both languages on sentences written for these
/// tests: a place of a state born later is its predecessor's before that day (statehood.tsv); a place name listed under
/// several countries takes the one the story names nearest (Tripoli); a settlement the gazetteer lacks is in the country
/// the story was placed in; people harmed by an act aimed at a party are that party's.
/// </summary>
public sealed class PlacesAndStatesTests
{
    private static string Mentions(string text, string lang, string date) =>
        string.Join(" | ", ActorTestKit.Codes(text, lang == "en" ? Language.English : Language.Indonesian,
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Rebels shelled Juba on Monday.", "en", "1999-06-01", "Seat SDN")]
    [InlineData("Rebels shelled Juba on Monday.", "en", "2013-06-01", "Seat SSD")]
    [InlineData("Pemberontak menggempur Juba pada Senin.", "id", "1999-06-01", "Seat SDN")]
    [InlineData("Pemberontak menggempur Juba pada Senin.", "id", "2013-06-01", "Seat SSD")]
    public void A_place_of_a_state_born_later_is_its_predecessors_before_that_day(string text, string lang, string date, string expected) =>
        Assert.Contains(expected, Mentions(text, lang, date));

    [Fact]
    public void A_states_own_name_is_not_read_against_its_birth() =>
        Assert.Contains("Country SSD", Mentions("South Sudan rejected the plan.", "en", "1999-06-01"));

    [Theory]
    // The story names Lebanon: the Lebanese port.
    [InlineData("Lebanon's army sent more troops to the north on Sunday. Soldiers arrested ten gunmen in Tripoli on Monday.", "en", "LBN")]
    [InlineData("Tentara Lebanon mengirim pasukan tambahan ke utara pada Minggu. Tentara menangkap sepuluh pria bersenjata di Tripoli pada Senin.", "id", "LBN")]
    // The story names Libya: its capital.
    [InlineData("Libya's unity government sent more troops to the west on Sunday. Soldiers arrested ten gunmen in Tripoli on Monday.", "en", "LBY")]
    [InlineData("Pemerintah Libya mengirim pasukan tambahan ke barat pada Minggu. Tentara menangkap sepuluh pria bersenjata di Tripoli pada Senin.", "id", "LBY")]
    // The story names neither: the dictionary's first reading.
    [InlineData("Soldiers arrested ten gunmen in Tripoli on Monday.", "en", "LBY")]
    [InlineData("Tentara menangkap sepuluh pria bersenjata di Tripoli pada Senin.", "id", "LBY")]
    public void A_place_name_of_several_countries_takes_the_one_the_story_names(string text, string lang, string country)
    {
        var arrest = CodingTestKit.Code(text, "2023-05-02", lang).Events.Single(e => e.Cameo == "173");
        Assert.Equal(country, arrest.Target?.Country);
    }

    [Theory]
    // The story placed itself in Mozambique; the partner guess took Tanzania, the other party of the sentence before.
    [InlineData("Rwanda deployed 1,000 troops in Mozambique on Monday. The Rwandan army also thanked Tanzania for its help. Insurgents attacked the town of Mueda on Tuesday.", "en")]
    [InlineData("Rwanda mengerahkan 1.000 tentara di Mozambik pada Senin. Militer Rwanda juga berterima kasih kepada Tanzania atas bantuannya. Pemberontak menyerang kota Mueda pada Selasa.", "id")]
    // The attack as a noun with its place after a direction preposition (event-anaphora took Rwanda's earlier deployment).
    [InlineData("Rwanda deployed 1,000 troops in Mozambique on Monday. The Rwandan army also thanked Tanzania for its help. Insurgents carried out an attack on the town of Mueda on Tuesday.", "en")]
    [InlineData("Rwanda mengerahkan 1.000 tentara di Mozambik pada Senin. Militer Rwanda juga berterima kasih kepada Tanzania atas bantuannya. Pemberontak melancarkan serangan terhadap kota Mueda pada Selasa.", "id")]
    public void A_settlement_the_gazetteer_lacks_is_in_the_country_the_story_was_placed_in(string text, string lang)
    {
        var attack = CodingTestKit.Code(text, "2023-05-02", lang).Events.Single(e => e.Cameo == "190");
        Assert.Equal("MOZ", attack.Target?.Code);
    }

    [Theory]
    [InlineData("Israeli troops raided Lebanon on Monday and arrested three people.", "en")]
    [InlineData("Pasukan Israel menyerbu Lebanon pada Senin dan menangkap tiga orang.", "id")]
    public void People_harmed_by_an_act_aimed_at_a_party_are_that_partys(string text, string lang)
    {
        var events = CodingTestKit.Described(CodingTestKit.Code(text, "2023-05-02", lang));
        Assert.Contains("ISRMIL 173 LBNCVL asserted", events);
        Assert.DoesNotContain("ISRMIL 173 ISRCVL asserted", events);
    }
}
