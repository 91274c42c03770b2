using ConversationalCare.Bot.Administration;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Replies;

/// <summary>
/// Once per database (after the migrator, before traffic), copies the configured canned responses into the canned
/// replies admins edit, so today's defaults carry over; afterwards configuration no longer matters. A desk setting
/// marks it done in the same commit: two hosts starting together collide on its key and exactly one seeds, and an
/// admin who deletes every reply does not get the defaults back at the next restart.
/// </summary>
public sealed class CannedReplySeeder(IDbContextFactory<CareDb> dbFactory, IOptions<HandoffConsoleOptions> options, TimeProvider clock,
    ILogger<CannedReplySeeder> logger) : IHostedService
{
    public const string SeededKey = "canned-replies.seeded";
    private const string Actor = "configuration";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await SeededAsync(db, cancellationToken)) return;
        var now = clock.GetUtcNow();
        // Replies already there (made before this marker existed) are the truth; only mark the seeding done.
        var seeds = await db.CannedReplies.AnyAsync(cancellationToken) ? [] : Seeds(options.Value, now);
        db.CannedReplies.AddRange(seeds);
        db.DeskSettings.Add(new DeskSetting(SeededKey, $$"""{"replies":{{seeds.Count}}}""", Actor, now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded {Count} canned replies from configuration", seeds.Count);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (!await SeededAsync(fresh, cancellationToken)) throw;
            logger.LogInformation("Another host seeded the canned replies first");
        }
    }

    /// <summary>
    /// One reply for everyone per configured locale and name, under the locale's language. When two locales share a
    /// language (en-US and en-GB), the first listed (the defaults come first) takes "en" and the other keeps its full
    /// tag, so nothing configured is lost. Empty or over-long entries are left out.
    /// </summary>
    public static List<CannedReply> Seeds(HandoffConsoleOptions options, DateTimeOffset now)
    {
        var seeds = new List<CannedReply>();
        foreach (var (locale, texts) in options.CannedResponses)
        {
            if (!ReplyLanguage.IsValid(locale)) continue;
            var primary = ReplyLanguage.Primary(locale);
            foreach (var (name, text) in texts)
            {
                if (!CannedReplyRules.Fits(name, text)) continue;
                var language = seeds.Any(s => s.Language == primary && s.Name.Equals(name.Trim(), StringComparison.OrdinalIgnoreCase))
                    ? ReplyLanguage.Normalize(locale) : primary;
                seeds.Add(new CannedReply(null, language, name.Trim(), text.Trim(), Actor, now));
            }
        }
        return seeds;
    }

    private static Task<bool> SeededAsync(CareDb db, CancellationToken cancellationToken) =>
        db.DeskSettings.AnyAsync(s => s.Key == SeededKey, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
