using System.Globalization;
using Warta.Coding;
using Warta.Dates;
using Warta.Languages;

namespace Warta.Tests.Coding;

/// <summary>Codes short texts with the shared coder and describes events in one line, so a failure shows what was coded.</summary>
internal static class CodingTestKit
{
    public static CodedDocument Code(string text, string published = "2024-01-10", string? lang = null) =>
        SharedCoder.Instance.Code(new NewsDocument("t", text, DateOnly.Parse(published, CultureInfo.InvariantCulture),
            lang is null ? null : lang == "en" ? Language.English : Language.Indonesian));

    /// <summary>"SOURCE CAMEO TARGET modality", with "-" for no target.</summary>
    public static string Describe(EventRecord e) => $"{e.Source.Code} {e.Cameo} {e.Target?.Code ?? "-"} {e.Modality}";

    /// <summary>"yyyy-MM-dd from", from being text, text_relative or published.</summary>
    public static string DateOf(EventRecord e) => $"{e.Date:yyyy-MM-dd} " + e.DateFrom switch
    {
        DateSource.Text => "text",
        DateSource.TextRelative => "text_relative",
        _ => "published",
    };

    public static List<string> Described(CodedDocument coded) => coded.Events.Select(Describe).ToList();

    /// <summary>The one event the text gives with this description (Assert.Single shows every event when it fails).</summary>
    public static EventRecord Single(CodedDocument coded, string description) =>
        coded.Events.Where(e => Describe(e) == description).SingleOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"no single '{description}' among: {string.Join("; ", Described(coded))}");
}
