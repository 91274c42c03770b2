using Microsoft.AspNetCore.Identity;

namespace ConversationalCare.HandoffConsole.Access;

/// <summary>Anyone changing their own password, from the console or the API: the old one proves it is them.</summary>
public static class OwnPassword
{
    public static async Task<IdentityResult> ChangeAsync(UserManager<ConsoleUser> users, ConsoleUser user, string current, string next, string confirmation)
    {
        if (next != confirmation)
            return IdentityResult.Failed(new IdentityError { Code = "Mismatch", Description = "The two new passwords are not the same." });
        if (next == current)
            return IdentityResult.Failed(new IdentityError { Code = "Unchanged", Description = "Choose a password different from the current one." });
        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded || !user.MustChangePassword) return changed;
        user.MustChangePassword = false;
        return await users.UpdateAsync(user);
    }
}
