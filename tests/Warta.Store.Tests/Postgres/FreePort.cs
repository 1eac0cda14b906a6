using System.Net;
using System.Net.Sockets;

namespace Warta.Store.Tests.Postgres;

/// <summary>A loopback port no one listens on now, for a server a test starts.</summary>
internal static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
