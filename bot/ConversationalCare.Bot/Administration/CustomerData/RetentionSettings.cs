using System.Text.Json;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// How long transcripts keep the customer's words: a number of days after a conversation's last activity, or null to
/// keep them forever (the default of a fresh install, so nothing is removed until an admin decides). Stored as the
/// "retention" desk setting, so every host reads the same period.
/// </summary>
public sealed record RetentionPeriod(int? Days)
{
    public const int MinDays = 1;
    public const int MaxDays = 3650;

    public static readonly RetentionPeriod Forever = new((int?)null);

    public bool IsValid => Days is null or >= MinDays and <= MaxDays;
}

public sealed class RetentionSettings(IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock)
{
    public const string Key = "retention";
    public static readonly string DaysProblem = $"days must be a whole number from {RetentionPeriod.MinDays} to {RetentionPeriod.MaxDays}, or null.";
    private readonly DeskDocument<RetentionPeriod> _document = new(Key, dbFactory, audit, clock);

    public async Task<RetentionView> GetAsync(CancellationToken cancellationToken)
    {
        RetentionPeriod? stored;
        DeskSetting? row;
        try { (stored, row) = await _document.ReadAsync(cancellationToken); }
        catch (JsonException) { return new RetentionView(null, null, null); }
        return row is null ? new RetentionView(null, null, null) : new RetentionView(Kept(stored).Days, row.UpdatedBy, row.UpdatedAt);
    }

    /// <summary>Null keeps transcripts forever; the range is checked here so the API and the console page refuse alike.</summary>
    public async Task<CustomerDataResult<RetentionView>> SetAsync(int? days, string actor, CancellationToken cancellationToken)
    {
        var period = new RetentionPeriod(days);
        if (!period.IsValid) return CustomerDataResult<RetentionView>.Invalid("days", DaysProblem);
        // A first setting is always written (even "forever"), so the page can say who decided and when.
        await _document.ChangeAsync<RetentionPeriod>(actor, "retention.changed", Key,
            current => current is not null && current == period ? null : (period, period, Kept(current), period), cancellationToken);
        return CustomerDataResult<RetentionView>.Done(await GetAsync(cancellationToken));
    }

    /// <summary>A missing or out-of-range stored value keeps everything: removing data by mistake cannot be undone.</summary>
    private static RetentionPeriod Kept(RetentionPeriod? stored) => stored is { IsValid: true } ? stored : RetentionPeriod.Forever;
}
