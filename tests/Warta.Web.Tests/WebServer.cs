using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warta.Coding;
using Warta.Store;

namespace Warta.Web.Tests;

/// <summary>The real app on 127.0.0.1 at a free port, started as <c>warta serve</c> starts it, with an HttpClient to it.</summary>
public sealed class WebServer : IAsyncDisposable
{
    private static readonly Lazy<EventCoder> Coder = new(() => EventCoder.Load(TestPaths.Data));
    private readonly WebApplication _app;

    private WebServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public static EventCoder SharedCoder => Coder.Value;
    public Uri Address { get; }
    public HttpClient Client { get; }

    /// <param name="configure">Changes to the options (limits, CORS) beyond the address and the token.</param>
    /// <param name="log">Receives the server's log besides the console.</param>
    public static async Task<WebServer> StartAsync(string? token = null, IEventStore? store = null,
        Func<WebOptions, WebOptions>? configure = null, ILoggerProvider? log = null)
    {
        var options = new WebOptions { Urls = "http://127.0.0.1:0", Token = token };
        var app = WartaWebHost.Build(configure?.Invoke(options) ?? options, Coder.Value, store, log);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One server without a token and one with, shared by the tests of a class.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public const string Token = "s3cret-test-token";
    public WebServer Open { get; private set; } = null!;
    public WebServer WithToken { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Open = await WebServer.StartAsync();
        WithToken = await WebServer.StartAsync(Token);
    }

    public async Task DisposeAsync()
    {
        await Open.DisposeAsync();
        await WithToken.DisposeAsync();
    }
}
