using System.Net;
using System.Net.Sockets;

namespace Warta.Ingest;

/// <summary>
/// Keeps the fetcher on the public internet: a feed or page can name any address, and without this check a hostile
/// one could make <c>ingest</c> read a service inside the user's network (a router's admin page, a cloud metadata
/// endpoint) and store the answer. The check runs when each connection is made, on the address actually dialled, so
/// a redirect or a name that resolves differently the second time (DNS rebinding) gets the same check.
/// </summary>
public static class PublicAddresses
{
    /// <summary>False for loopback, private (RFC 1918, unique-local), link-local, shared (CGNAT), multicast, reserved and unspecified addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return false;
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            Span<byte> b = stackalloc byte[4];
            address.TryWriteBytes(b, out _);
            return !(b[0] == 0 || b[0] == 10 || b[0] == 127
                     || b[0] == 100 && (b[1] & 0xC0) == 64          // 100.64.0.0/10, carrier-grade NAT
                     || b[0] == 169 && b[1] == 254                  // link-local, cloud metadata
                     || b[0] == 172 && (b[1] & 0xF0) == 16          // 172.16.0.0/12
                     || b[0] == 192 && b[1] == 168
                     || b[0] == 192 && b[1] == 0 && b[2] == 0       // IETF protocol assignments
                     || b[0] == 198 && (b[1] & 0xFE) == 18          // benchmarking
                     || b[0] >= 224);                               // multicast, reserved, broadcast
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast || address.IsIPv6UniqueLocal) return false;
            return true;
        }
        return false;
    }

    /// <summary>A connect callback for <see cref="SocketsHttpHandler.ConnectCallback"/> that dials only public addresses.</summary>
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var refused = addresses.FirstOrDefault(a => !IsPublic(a));
        if (refused is not null)
            throw new HttpRequestException(
                $"{host} is a loopback, private or link-local address ({refused}); pass --allow-private-addresses to fetch inside your network");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
