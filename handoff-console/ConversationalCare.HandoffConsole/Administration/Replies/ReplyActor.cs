using Microsoft.AspNetCore.Components.Authorization;

namespace ConversationalCare.HandoffConsole.Administration.Replies;

/// <summary>Who is making a change, for the audit log: the signed-in admin (the page requires one).</summary>
internal static class ReplyActor
{
    public static async Task<string> NameAsync(Task<AuthenticationState>? state) =>
        (state is null ? null : (await state).User.Identity?.Name)
        ?? throw new InvalidOperationException("The replies page is only reachable signed in.");
}
