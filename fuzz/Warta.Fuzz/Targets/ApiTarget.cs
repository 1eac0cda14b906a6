using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using CsCheck;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Warta.Fuzz.Inputs;
using Warta.Store.DuckDb;
using Warta.Web;

namespace Warta.Fuzz.Targets;

/// <summary>
/// The API's JSON bodies through a real server (Kestrel on loopback, a DuckDB store in a temporary folder): every answer
/// is 200, 400 or 413, never a 500; a refusal is problem+json with a detail; a 200 of <c>/api/code</c> has one highlight
/// per event, each inside the text; a 200 of <c>/api/documents</c> accounts for each id it lists.
/// </summary>
public sealed class ApiTarget : FuzzTarget
{
    private const string Token = "fuzz-token";
    private static readonly string[] Paths = ["/api/code", "/api/documents"];
    private readonly Lazy<(WebApplication App, HttpClient Client)> _server = new(Start);

    public override string Name => "api";

    public override string Description =>
        "POST /api/code and /api/documents bodies through Kestrel: 200, 400 or 413 only (never 500); problem+json with a detail; " +
        "highlights within the text; every listed id accounted for";

    public override string FileExtension => ".bin";

    public override Gen<byte[]> Inputs(FuzzCorpus corpus) => new ApiBodies(corpus);

    public override void Check(byte[] input)
    {
        if (input.Length == 0) return;
        var path = Paths[input[0] % Paths.Length];
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(input, 1, input.Length - 1) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        using var response = _server.Value.Client.Send(request);
        var body = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                CheckAnswer(path, body);
                break;
            case HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge:
                if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                    throw new PropertyViolation($"{path}: {(int)response.StatusCode} without problem+json: {Short(body)}");
                if (JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString() is not { Length: > 0 })
                    throw new PropertyViolation($"{path}: {(int)response.StatusCode} without a detail");
                break;
            default:
                throw new PropertyViolation($"{path}: answered {(int)response.StatusCode}: {Short(body)}");
        }
    }

    private static void CheckAnswer(string path, string body)
    {
        var root = JsonDocument.Parse(body).RootElement;
        if (path == "/api/code")
        {
            int length = root.GetProperty("text").GetString()!.Length;
            var events = root.GetProperty("events").GetArrayLength();
            var highlights = root.GetProperty("highlights").EnumerateArray().ToList();
            if (highlights.Count != events) throw new PropertyViolation($"{events} events but {highlights.Count} highlights");
            foreach (var range in highlights.SelectMany(h => h.EnumerateObject()).Where(p => p.Value.ValueKind == JsonValueKind.Object))
            {
                int start = range.Value.GetProperty("start").GetInt32(), end = range.Value.GetProperty("end").GetInt32();
                if (start < 0 || end < start || end > length)
                    throw new PropertyViolation($"highlight {range.Name} [{start}, {end}) outside a text of {length}");
            }
            return;
        }
        int ids = root.GetProperty("ids").GetArrayLength();
        int accounted = root.GetProperty("documents_added").GetInt32() + root.GetProperty("documents_replaced").GetInt32()
                        + root.GetProperty("documents_skipped").GetInt32();
        if (ids == 0 || accounted != ids) throw new PropertyViolation($"{ids} ids listed, {accounted} added, replaced or skipped");
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static (WebApplication, HttpClient) Start()
    {
        var folder = Directory.CreateTempSubdirectory("warta-fuzz-api-").FullName;
        var store = DuckDbEventStore.Open(Path.Combine(folder, "fuzz.duckdb"));
        var options = new WebOptions { Urls = "http://127.0.0.1:0", Token = Token, CodingRequestsPerWindow = 0, ReadRequestsPerWindow = 0 };
        var app = WartaWebHost.Build(options, FuzzData.Coder, store);
        app.StartAsync().GetAwaiter().GetResult();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            app.StopAsync().GetAwaiter().GetResult();
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Directory.Delete(folder, recursive: true);
        };
        return (app, new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) });
    }
}
