using System.Net;
using System.Net.Sockets;

namespace Warta.Web.Security;

/// <summary>The key a client's rate limit budget is kept under: its IPv4 address, or its IPv6 /64 network.</summary>
public static class ClientAddress
{
    /// <summary>
    /// One host commonly holds a whole IPv6 /64 and can send from any address in it, so budgets per IPv6 address would
    /// be free to multiply; an IPv4-mapped IPv6 address counts as its IPv4 address.
    /// </summary>
    public static string KeyOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
