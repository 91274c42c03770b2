namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>Desk-wide sign-in rules an admin sets: which roles must use two-step sign-in.</summary>
public interface ISignInPolicy
{
    Task<IReadOnlyList<string>> TwoStepRolesAsync(CancellationToken cancellationToken);

    /// <summary>Null when saved; otherwise why not (an unknown role).</summary>
    Task<string?> SetTwoStepRolesAsync(IReadOnlyList<string> roles, string actor, CancellationToken cancellationToken);
}
