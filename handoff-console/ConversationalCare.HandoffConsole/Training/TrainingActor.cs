using Microsoft.AspNetCore.Components.Authorization;

namespace ConversationalCare.HandoffConsole.Training;

/// <summary>Who is changing training phrases: the signed-in name goes into every change and publication.</summary>
internal static class TrainingActor
{
    /// <summary>Null when nobody is signed in; the page then offers no changes.</summary>
    public static async Task<string?> NameAsync(Task<AuthenticationState>? state) =>
        state is not null && (await state).User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : null;
}
