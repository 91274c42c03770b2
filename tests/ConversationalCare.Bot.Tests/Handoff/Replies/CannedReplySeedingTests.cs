using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Replies;
using ConversationalCare.Bot.Tests.Administration;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConversationalCare.Bot.Tests.Handoff.Replies;

/// <summary>A fresh install's canned replies come from configuration once; after that the database is the truth.</summary>
public class CannedReplySeedingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_fresh_host_has_the_default_replies_for_everyone_in_english_and_chinese_and_the_configured_ones()
    {
        using var host = new BotHost(new() { ["ConversationalCare:Console:CannedResponses:en-US:returns label"] = "I'll email you a returns label, {customerName}." });
        using var admin = new AdminApi(host);

        var replies = (await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/canned-replies")).EnumerateArray()
            .Select(r => (Language: r.GetProperty("language").GetString(), Name: r.GetProperty("name").GetString(), Team: r.GetProperty("team").GetString()))
            .ToList();

        foreach (var language in new[] { "en", "zh" })
            foreach (var name in new[] { "greeting", "apology", "hold on", "order number", "closing" })
                Assert.Contains((language, name, (string?)null), replies);
        Assert.Contains(("en", "returns label", (string?)null), replies);
        Assert.Equal(11, replies.Count);

        // A restart changes nothing: the replies an admin deleted stay deleted, even all of them.
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync())
            await db.CannedReplies.ExecuteDeleteAsync();
        await Seeder(host).StartAsync(CancellationToken.None);
        Assert.Empty((await admin.Http.GetFromJsonAsync<JsonElement>("/api/admin/canned-replies")).EnumerateArray());
    }

    [Fact]
    public async Task Two_hosts_seeding_a_fresh_database_at_once_seed_it_once()
    {
        using var host = new BotHost();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync())
        {
            await db.CannedReplies.ExecuteDeleteAsync();
            await db.DeskSettings.Where(s => s.Key == CannedReplySeeder.SeededKey).ExecuteDeleteAsync();
        }

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Seeder(host).StartAsync(CancellationToken.None))));

        await using var check = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        Assert.Equal(CannedReplySeeder.Seeds(new HandoffConsoleOptions(), Now).Count, await check.CannedReplies.CountAsync());
    }

    [Fact]
    public void Two_locales_of_one_language_both_carry_over()
    {
        var options = new HandoffConsoleOptions();
        options.CannedResponses["en-GB"] = new() { ["greeting"] = "Hello {customerName}, lovely to meet you.", ["cheerio"] = "Cheerio!" };
        options.CannedResponses["en-US"]["order number"] = "";

        var seeds = CannedReplySeeder.Seeds(options, Now);

        Assert.Contains(seeds, s => (s.Language, s.Name) == ("en", "greeting") && s.Text.StartsWith("Hi {customerName}"));
        Assert.Contains(seeds, s => (s.Language, s.Name) == ("en-GB", "greeting"));
        Assert.Contains(seeds, s => (s.Language, s.Name) == ("en", "cheerio"));
        Assert.DoesNotContain(seeds, s => (s.Language, s.Name) == ("en", "order number"));
        Assert.All(seeds, s => Assert.Null(s.Team));
    }

    private static CannedReplySeeder Seeder(BotHost host) =>
        host.Services.GetServices<IHostedService>().OfType<CannedReplySeeder>().Single();
}
