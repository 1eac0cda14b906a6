using Warta.Coding;
using static Warta.Tests.TestSupport.Events;

namespace Warta.Tests.Evaluation;

/// <summary>
/// A small gold file and prediction sets that exercise each rule of the metric: sentence-constrained events first,
/// prefix keys, "*", optional events, duplicates, untargeted statements, non-asserted events, must_not and dates.
/// </summary>
internal static class ScorerCases
{
    public const string Gold = """
    [
     {"id": "d1", "lang": "id", "published": "2022-10-06", "text": "t",
      "events": [
        {"src": ["KAZ"], "tgt": ["RUS"], "roots": ["11", "12"], "date": ["2022-10-05"], "sentence_contains": "Kazakhstan membalas"},
        {"src": ["RUS"], "tgt": ["KAZ"], "roots": ["11", "04"], "date": ["2022-10-04", "2022-10-05"], "sentence_contains": "dipanggil"},
        {"src": ["UKR"], "tgt": ["RUS"], "roots": ["11", "13", "01"], "optional": true, "sentence_contains": "komentar"},
        {"src": ["IGOUNO"], "roots": ["01", "02"]},
        {"src": ["*"], "tgt": ["UKR"], "roots": ["17"], "date": ["2022-08-23"]}
      ],
      "must_not": [
        {"src": ["KAZ"], "roots": ["11"], "sentence_contains": "menahan diri", "why": "refrained"},
        {"src": ["RUS"], "roots": ["19"]}
      ]},
     {"id": "d2", "lang": "en", "published": "2023-01-03", "text": "t",
      "events": [
        {"src": ["USA"], "tgt": ["CHN"], "roots": ["04"], "date": ["2023-01-02"], "sentence_contains": "met"},
        {"src": ["CHN"], "tgt": ["USA"], "roots": ["04"], "optional": true}
      ],
      "must_not": [{"src": ["*"], "roots": ["18"], "sentence_contains": "refrained"}]},
     {"id": "d3", "lang": "id", "text": "t",
      "events": [
        {"src": ["KAZ"], "roots": ["11"]},
        {"src": ["KAZ"], "roots": ["11"], "sentence_contains": "membalas"}
      ]}
    ]
    """;

    /// <summary>Most rules at once: matches, a wrong date, duplicates, ignored and non-asserted events, violations, extras.</summary>
    public static EventRecord[] Mixed =>
    [
        Make("d1", "KAZ", "RUS", "111", "Kazakhstan membalas Rusia.", "2022-10-05"),
        Make("d1", "RUSGOV", "KAZ", "040", "Duta besarnya dipanggil.", "2022-10-06"),
        Make("d1", "UKR", "RUS", "130", "Dari komentar agresif."),
        Make("d1", "IGOUNOSEC", null, "020", "PBB meminta gencatan senjata."),
        Make("d1", "RUSMIL", "UKR", "173", "Pasukan Rusia menahan warga Ukraina.", "2022-08-23"),
        Make("d1", "KAZ", "RUS", "112", "Kazakhstan lagi menuduh Rusia."),
        Make("d1", "KAZ", null, "010", "Kazakhstan berkata."),
        Make("d1", "KAZ", "RUS", "111", "Kazakhstan menahan diri dari kritik.", modality: "negated"),
        Make("d1", "KAZGOV", "UKR", "112", "Kazakhstan menahan diri dari kritik."),
        Make("d1", "RUS", "UKR", "190", "Serangan Rusia ke Ukraina."),
        Make("d2", "USA", "CHN", "040", "The U.S. met China.", "2023-01-02", lang: "en"),
        Make("d2", "CHN", "USA", "040", "China met the U.S.", "2023-01-02", lang: "en"),
        Make("d2", "USA", "CHN", "180", "The U.S. refrained from attacking.", modality: "hypothetical", lang: "en"),
        Make("d2", "USA", "RUS", "111", "The U.S. criticised Russia.", lang: "en"),
        Make("elsewhere", "USA", "RUS", "111", "Not a gold document.", lang: "en"),
        Make("d3", "KAZ", "RUS", "111", "Kazakhstan membalas Rusia."),
        Make("d3", "KAZ", "UKR", "112", "Kazakhstan mengecam Ukraina."),
    ];

    /// <summary>Only events the scorer must not count: intended, question and negated ones, and untargeted statements.</summary>
    public static EventRecord[] NothingCounted =>
    [
        Make("d1", "KAZ", "RUS", "111", "Kazakhstan membalas Rusia.", modality: "intended"),
        Make("d1", "RUS", "KAZ", "040", "Duta besarnya dipanggil.", modality: "question"),
        Make("d1", "KAZ", "RUS", "111", "Kazakhstan menahan diri dari kritik.", modality: "negated"),
        Make("d2", "USA", null, "010", "The U.S. said."),
    ];

    /// <summary>Right sentences and actors with wrong roots or targets, plus a must_not hit from a "*" source.</summary>
    public static EventRecord[] WrongCodes =>
    [
        Make("d1", "KAZ", "RUS", "040", "Kazakhstan membalas Rusia."),
        Make("d1", "RUS", "UKR", "111", "Duta besarnya dipanggil."),
        Make("d1", "RUS", "KAZ", "190", "Duta besarnya dipanggil."),
        Make("d2", "CHN", "USA", "181", "China refrained from attacking.", lang: "en"),
        Make("d2", "USA", "CHN", "040", "The U.S. met China.", "2023-01-09", lang: "en"),
        Make("d3", "KAZ", null, "112", "Kazakhstan membalas."),
    ];
}
