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
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RetentionView> GetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var setting = await db.DeskSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        return setting is null ? new RetentionView(null, null, null) : new RetentionView(Read(setting.Json).Days, setting.UpdatedBy, setting.UpdatedAt);
    }

    /// <summary>Null keeps transcripts forever; the range is checked here so the API and the console page refuse alike.</summary>
    public async Task<CustomerDataResult<RetentionView>> SetAsync(int? days, string actor, CancellationToken cancellationToken)
    {
        var period = new RetentionPeriod(days);
        if (!period.IsValid) return CustomerDataResult<RetentionView>.Invalid("days", DaysProblem);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var json = JsonSerializer.Serialize(period, Json);
        var setting = await db.DeskSettings.SingleOrDefaultAsync(s => s.Key == Key, cancellationToken);
        var before = setting is null ? RetentionPeriod.Forever : Read(setting.Json);
        var now = clock.GetUtcNow();
        var changed = setting is null ? AddSetting(db, json, actor, now) : setting.Change(json, actor, now);
        if (changed)
        {
            audit.Record(db, actor, "retention.changed", Key, before, period);
            await db.SaveChangesAsync(cancellationToken);
        }
        return CustomerDataResult<RetentionView>.Done(await GetAsync(cancellationToken));
    }

    private static bool AddSetting(CareDb db, string json, string actor, DateTimeOffset now)
    {
        db.DeskSettings.Add(new DeskSetting(Key, json, actor, now));
        return true;
    }

    /// <summary>An unreadable or out-of-range stored value keeps everything: removing data by mistake cannot be undone.</summary>
    private static RetentionPeriod Read(string json)
    {
        try { return JsonSerializer.Deserialize<RetentionPeriod>(json, Json) is { IsValid: true } period ? period : RetentionPeriod.Forever; }
        catch (JsonException) { return RetentionPeriod.Forever; }
    }
}
