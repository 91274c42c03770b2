using Microsoft.AspNetCore.Components.Authorization;

namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>Who is changing articles: the signed-in user's name goes into every curation command and the audit trail.</summary>
internal static class CurationActor
{
    /// <summary>The signed-in user's name; null when nobody is signed in, and then the pages offer no changes.</summary>
    public static async Task<string?> NameAsync(Task<AuthenticationState>? state)
    {
        if (state is null) return null;
        var user = (await state).User;
        return user.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
    }
}
