using System.Text;
using System.Text.Json;
using CsCheck;

namespace Warta.Fuzz.Inputs;

/// <summary>
/// Requests to the API's JSON endpoints: a first byte choosing <c>POST /api/code</c> or <c>POST /api/documents</c>, then a
/// body: one article or an array of them, with good and wrong fields (lone surrogate escapes, invalid UTF-8, blank and
/// repeated ids, wrong types, unknown and nested fields, long texts, deep nesting), then broken as bytes.
/// </summary>
internal sealed class ApiBodies(FuzzCorpus corpus) : Gen<byte[]>
{
    private static readonly string[] Fields = ["text", "id", "lang", "published", "title", "url", "source", "all", "extra", "TEXT"];

    private static readonly string[] OddValues =
    [
        "\"\\ud800\"", "\"a \\udc00 b\"", "\"\\ud83d\\ude00\"", "\"\\u0000\"", "\"\"", "\" \"", "null", "true", "0", "-1", "1e999",
        "123456789012345678901234567890", "[]", "{}", "[\"\\ud800\"]", "{\"a\":\"\\udfff\"}", "\"2024-02-30\"", "\"id\"", "\"xx\"", "\"auto\"",
    ];

    private static readonly byte[][] ByteFragments =
        [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0xEF, 0xBB, 0xBF], [0x00], [0x22], [0x5C]];

    public override byte[] Generate(PCG pcg, Size? min, out Size size)
    {
        size = new Size(0);
        var body = pcg.Below(4) switch
        {
            0 => "[" + string.Join(",", Enumerable.Range(0, pcg.Between(0, 6)).Select(_ => Article(pcg))) + "]",
            1 => DeepNesting(pcg),
            _ => Article(pcg),
        };
        var bytes = new List<byte> { (byte)pcg.Below(2) };
        bytes.AddRange(Encoding.UTF8.GetBytes(body));
        for (int i = pcg.OneIn(2) ? pcg.Between(1, 3) : 0; i > 0; i--) Mutate(pcg, bytes);
        return [.. bytes];
    }

    private string Article(PCG pcg)
    {
        var parts = new List<string>();
        if (!pcg.OneIn(8)) parts.Add("\"text\":" + (pcg.OneIn(5) ? pcg.Pick(OddValues) : JsonSerializer.Serialize(Text(pcg))));
        for (int i = pcg.Below(5); i > 0; i--)
        {
            var field = pcg.Pick(Fields);
            var value = pcg.Below(3) switch
            {
                0 => pcg.Pick(OddValues),
                1 => field == "id" ? $"\"dup-{pcg.Below(3)}\"" : JsonSerializer.Serialize(pcg.Pick(corpus.Sentences)),
                _ => field switch { "published" => "\"2024-03-05\"", "lang" => "\"id\"", "all" => "true", _ => "\"ok\"" },
            };
            parts.Add($"\"{field}\":{value}");
        }
        return "{" + string.Join(",", parts) + "}";
    }

    private string Text(PCG pcg) => pcg.OneIn(30) ? new string('x', pcg.RunLength(Math.Min(corpus.MaxRunLength, 1_100_000))) : pcg.Pick(corpus.Texts);

    private static string DeepNesting(PCG pcg)
    {
        int depth = pcg.Between(1, 200);
        return "{\"text\":\"Rusia mengusir diplomat.\",\"x\":" + new string('[', depth) + new string(']', depth) + "}";
    }

    private static void Mutate(PCG pcg, List<byte> bytes)
    {
        int at = 1 + pcg.Below(bytes.Count);
        switch (pcg.Below(4))
        {
            case 0: bytes.InsertRange(at, pcg.Pick(ByteFragments)); break;
            case 1 when at < bytes.Count: bytes[at] ^= (byte)(1 << pcg.Below(8)); break;
            case 2: bytes.RemoveRange(at, bytes.Count - at); break;
            default: bytes.InsertRange(at, Encoding.UTF8.GetBytes("\"\\ud800\"")); break;
        }
    }
}
