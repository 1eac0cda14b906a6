namespace Warta.Ingest.Tests;

/// <summary>An HTTP handler that refuses every request, so reading feed files never leaves the machine.</summary>
internal sealed class NoNetworkHandler : HttpMessageHandler
{
    public List<Uri> Requested { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (Requested) Requested.Add(request.RequestUri!);
        throw new HttpRequestException("the network is off in tests");
    }
}
