using System.Net;
using Microsoft.AspNetCore.Http;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>Who may open the console until agent sign-in exists: this machine only, unless remote access is allowed.</summary>
internal static class ConsoleAccess
{
    /// <summary>The Blazor circuit hub carries the console's live traffic, so it is guarded like the pages.</summary>
    public static bool IsConsolePath(PathString path) =>
        path.StartsWithSegments("/console") || path.StartsWithSegments("/_blazor");

    /// <summary>Returns why the caller is refused, or null when the caller is admitted.</summary>
    public static string? Refusal(IPAddress? remote, bool allowRemote)
    {
        if (allowRemote) return null;
        // No network peer (the in-process test server, a Unix socket) means the caller is on this machine.
        if (remote is null) return null;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        return IPAddress.IsLoopback(remote)
            ? null
            : "The handoff console answers only on this machine until agent sign-in exists. "
              + "Set ConversationalCare:Console:AllowRemote to true only behind a proxy that authenticates agents.";
    }
}
