namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>
/// The port the console's Customer data page needs: the retention period, finding a customer for a data request,
/// exporting and erasing them. The bot implements it over the same services as <c>/api/admin</c>, so the page and the
/// API refuse the same things; these records are also the API's wire shapes.
/// </summary>
public interface ICustomerDataAdministration
{
    Task<RetentionView> RetentionAsync(CancellationToken cancellationToken);

    /// <summary>Days after a conversation's last activity when its transcript is anonymised; null keeps it forever.</summary>
    Task<CustomerDataResult<RetentionView>> SetRetentionAsync(int? days, string actor, CancellationToken cancellationToken);

    /// <summary>Applies the current period now instead of at the next hourly sweep.</summary>
    Task<AnonymisationCounts> AnonymiseNowAsync(string actor, CancellationToken cancellationToken);

    /// <summary>By channel user id (optionally on one channel) or by email, not both.</summary>
    Task<CustomerDataResult<IReadOnlyList<CustomerView>>> FindAsync(CustomerLookup lookup, CancellationToken cancellationToken);

    /// <summary>Everything stored about the customer as the API's JSON document (audited); null when there is no such customer.</summary>
    Task<CustomerExportFile?> ExportAsync(Guid customerId, string actor, CancellationToken cancellationToken);

    /// <summary>Deletes the customer and every row about them (audited); not found when there is no such customer.</summary>
    Task<CustomerDataResult<ErasureCounts>> EraseAsync(Guid customerId, string actor, CancellationToken cancellationToken);
}

public sealed record RetentionView(int? Days, string? UpdatedBy, DateTimeOffset? UpdatedAt);

/// <summary>What one retention run removed, for the audit log and the admin who pressed "run now".</summary>
public sealed record AnonymisationCounts(int Conversations, int Activities, int Attachments, int Notes, int CustomerNames, int IncidentSamples)
{
    public static readonly AnonymisationCounts None = new(0, 0, 0, 0, 0, 0);

    public AnonymisationCounts Add(AnonymisationCounts other) => new(Conversations + other.Conversations, Activities + other.Activities,
        Attachments + other.Attachments, Notes + other.Notes, CustomerNames + other.CustomerNames, IncidentSamples + other.IncidentSamples);
}

/// <summary>Blank fields are left out; the bot says when the combination is not a lookup.</summary>
public sealed record CustomerLookup(string? ChannelUserId = null, string? Channel = null, string? Email = null);

public sealed record CustomerConversationView(string Id, string Channel, string Status, DateTimeOffset StartedAt, DateTimeOffset LastActivityAt,
    long Activities, DateTimeOffset? AnonymisedAt);

/// <summary>A customer as an admin finds them; <see cref="MatchedBy"/> says why they matched ("channel user id", "email in a message").</summary>
public sealed record CustomerView(Guid Id, string ChannelId, string ChannelUserId, string? Name, string? Locale, string Tier,
    DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt, string MatchedBy, IReadOnlyList<CustomerConversationView> Conversations);

/// <summary>How many rows an erasure deleted, by kind (the audit entry keeps these and the customer id, nothing else).</summary>
public sealed record ErasureCounts(int Conversations, int Activities, int Attachments, int Handoffs, int HandoffEvents, int Notes,
    int Ratings, int FollowUps, int SlaAlerts, int QualityReviews, int LearnedWordings);

/// <summary>The export as a file: UTF-8 JSON, byte for byte what <c>GET /api/admin/customers/{id}/export</c> answers.</summary>
public sealed record CustomerExportFile(string FileName, byte[] Json);

public enum CustomerDataOutcome { Done, Invalid, NotFound }

/// <summary>What a request came to: the value, field problems (keyed as the API names its parameters), or why not.</summary>
public sealed record CustomerDataResult<T>(CustomerDataOutcome Outcome, T? Value = null, IReadOnlyDictionary<string, string[]>? Problems = null,
    string? Message = null) where T : class
{
    public static CustomerDataResult<T> Done(T value) => new(CustomerDataOutcome.Done, value);

    public static CustomerDataResult<T> Invalid(string field, string problem) =>
        new(CustomerDataOutcome.Invalid, Problems: new Dictionary<string, string[]> { [field] = [problem] }, Message: problem);

    public static CustomerDataResult<T> NotFound(string message) => new(CustomerDataOutcome.NotFound, Message: message);
}
