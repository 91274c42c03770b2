namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// What admins decide about Direct Line at run time, on top of configuration: more secrets besides the configured
/// one, and which browser origins may call. Implemented by the website chat administration.
/// </summary>
public interface IDirectLineAccess
{
    /// <summary>Whether <paramref name="credential"/> is a secret an admin created and has not revoked.</summary>
    ValueTask<bool> IsActiveSecretAsync(string credential, CancellationToken cancellationToken);

    /// <summary>The admin's list of origins ("*" for any); null while none is set, so the configured list applies.</summary>
    ValueTask<IReadOnlyList<string>?> AllowedOriginsAsync(CancellationToken cancellationToken);
}
