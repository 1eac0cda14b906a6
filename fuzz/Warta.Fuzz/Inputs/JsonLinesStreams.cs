using System.Text;
using System.Text.Json;
using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>
/// JSON Lines input as bytes: documents built from the corpus with good and wrong fields, then broken as JSON
/// (unterminated strings, huge numbers, deep arrays, wrong types, escaped lone surrogates) and as bytes (invalid
/// UTF-8, a BOM, CR LF, bit flips, truncation, splices of other lines).
/// </summary>
internal sealed class JsonLinesStreams(FuzzCorpus corpus) : Gen<byte[]>
{
    private static readonly string[] Published =
        ["\"2024-03-05\"", "\"2024-02-30\"", "\"9999-12-31\"", "\"0001-01-01\"", "\"-0001-01-01\"", "\"2024-13-45T99:00\"", "\"\"", "20240305", "null", "[]", "{}", "\"\\u0000\"", "1e999"];

    private static readonly string[] Languages = ["\"id\"", "\"en\"", "\"auto\"", "\"ID\"", "\"xx\"", "\"\"", "null", "0", "\"\\ud800\""];

    private static readonly string[] Ids = ["\"a\"", "1", "-0", "1e999999", "123456789012345678901234567890", "1.5e-400", "null", "true", "\"\\ud800\"", "\"\\u0000\""];

    private static readonly string[] BrokenLines =
    [
        "{\"text\":\"unterminated", "{\"text\":", "{", "}", "[]", "null", "\"text\"", "{\"text\":\"a\",}", "{\"text\":\"a\" \"id\":1}",
        "{\"text\":\"\\ud800\\udc00\\udfff\\ud800\"}", "{\"text\":\"\\u00\"}", "{\"text\":\"a\",\"text\":5}", "{\"text\":5}", "{\"text\":{}}",
        "{\"text\":\"\\x41\"}", "{'text':'a'}", "{\"text\":\"a\"}garbage", "\u0000", "{\"text\":\"a\"}{\"text\":\"b\"}", "{\"text\":\"a\",\"published\":\"2024-03-05\"",
    ];

    private static readonly byte[][] ByteFragments =
        [[0xEF, 0xBB, 0xBF], [0xC0, 0x80], [0xFF], [0xFE, 0xFF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x0D], [0x0A], [0x00], [0x0D, 0x0A, 0x0A]];

    public override byte[] Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var lines = new StringBuilder();
        for (int i = pcg.Between(1, 6); i > 0; i--) lines.Append(Line(pcg)).Append(pcg.OneIn(5) ? "\r\n" : "\n");
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(lines.ToString()));
        for (int i = pcg.Below(4); i > 0; i--) MutateBytes(pcg, bytes);
        return [.. bytes];
    }

    private string Line(PCG pcg) => pcg.Below(8) switch
    {
        0 => pcg.Pick(BrokenLines),
        1 => DeepArray(pcg),
        2 => "",
        3 => "{\"text\":" + JsonSerializer.Serialize(Text(pcg)) + ",\"id\":" + pcg.Pick(Ids) + "," + "\"published\":" + pcg.Pick(Published) + ",\"lang\":" + pcg.Pick(Languages) + "}",
        4 => "{\"id\":" + pcg.Pick(Ids) + ",\"title\":" + JsonSerializer.Serialize(pcg.Pick(corpus.Sentences)) + "}",
        _ => Good(pcg),
    };

    private string Good(PCG pcg) =>
        "{\"id\":\"d" + pcg.Below(1000) + "\",\"text\":" + JsonSerializer.Serialize(Text(pcg)) +
        (pcg.OneIn(2) ? ",\"published\":\"2024-03-05\"" : "") + (pcg.OneIn(2) ? ",\"lang\":\"id\"" : "") + "}";

    private string Text(PCG pcg) => pcg.OneIn(20) ? new string('x', pcg.RunLength(corpus.MaxRunLength)) : pcg.Pick(corpus.Texts);

    private string DeepArray(PCG pcg)
    {
        int depth = pcg.RunLength(Math.Min(corpus.MaxRunLength, 100_000));
        var open = pcg.OneIn(2) ? "[" : "{\"a\":";
        return "{\"text\":\"a\",\"x\":" + string.Concat(Enumerable.Repeat(open, depth)) + "}";
    }

    private void MutateBytes(PCG pcg, List<byte> bytes)
    {
        int at = pcg.Below(bytes.Count + 1);
        switch (pcg.Below(5))
        {
            case 0: bytes.InsertRange(at, pcg.Pick(ByteFragments)); break;
            case 1 when bytes.Count > 0: bytes[Math.Min(at, bytes.Count - 1)] ^= (byte)(1 << pcg.Below(8)); break;
            case 2: bytes.RemoveRange(at, bytes.Count - at); break;
            case 3: bytes.InsertRange(at, Encoding.UTF8.GetBytes(Line(pcg))); break;
            default: bytes.RemoveRange(at, pcg.Below(Math.Min(bytes.Count - at, 50) + 1)); break;
        }
    }
}
