using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>
/// A person who signs in to the console or the agent API: an ASP.NET Core Identity user with what an administrator
/// manages besides the password. Deactivated accounts keep their history (names in transcripts, KPIs) but cannot sign in.
/// </summary>
public sealed class ConsoleUser : IdentityUser
{
    public ConsoleUser() { }

    public ConsoleUser(string userName, string displayName, DateTimeOffset now) : base(userName)
    {
        DisplayName = displayName;
        CreatedAt = now;
    }

    public string DisplayName { get; set; } = "";
    public bool Active { get; set; } = true;
    public DateTimeOffset? DeactivatedAt { get; set; }
    /// <summary>Set by an administrator's password reset: the next sign-in must choose a new password first.</summary>
    public bool MustChangePassword { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastSignInAt { get; set; }
}
