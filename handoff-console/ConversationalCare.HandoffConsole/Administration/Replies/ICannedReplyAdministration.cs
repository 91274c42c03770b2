namespace ConversationalCare.HandoffConsole.Administration.Replies;

/// <summary>
/// The port the console's Replies page and the admin API need: canned replies per team (or everyone) and language.
/// The bot implements it (the replies, teams and the audit log are its data).
/// </summary>
public interface ICannedReplyAdministration
{
    Task<IReadOnlyList<CannedReplyView>> ListAsync(CannedReplyFilter filter, CancellationToken cancellationToken);

    Task<CannedReplyView?> GetAsync(Guid id, CancellationToken cancellationToken);

    /// <summary>Teams a reply can be given to (not archived), for pickers.</summary>
    Task<IReadOnlyList<string>> TeamsAsync(CancellationToken cancellationToken);

    Task<CannedReplyResult> CreateAsync(CannedReplyInput reply, string actor, CancellationToken cancellationToken);

    Task<CannedReplyResult> UpdateAsync(Guid id, CannedReplyInput reply, string actor, CancellationToken cancellationToken);

    Task<CannedReplyResult> DeleteAsync(Guid id, string actor, CancellationToken cancellationToken);
}

/// <summary>A canned reply as admins see it; <see cref="Team"/> null means everyone.</summary>
public sealed record CannedReplyView(Guid Id, string? Team, string Language, string Name, string Text, string UpdatedBy, DateTimeOffset UpdatedAt);

/// <summary>What an admin sends; a missing or empty team means the reply is for everyone.</summary>
public sealed record CannedReplyInput(string? Team, string? Language, string? Name, string? Text);

/// <summary>
/// Which replies to list: <see cref="Team"/> is a team name or <see cref="Everyone"/>; <see cref="Language"/> "zh"
/// also finds "zh-CN", while "zh-CN" finds only itself.
/// </summary>
public sealed record CannedReplyFilter(string? Team = null, string? Language = null)
{
    public const string Everyone = "everyone";
}

public enum CannedReplyOutcome { Done, Invalid, NotFound, Conflict }

/// <summary>What a change came to: the reply, field problems, or why not.</summary>
public sealed record CannedReplyResult(CannedReplyOutcome Outcome, CannedReplyView? Reply = null,
    IReadOnlyDictionary<string, string[]>? Problems = null, string? Message = null);
