using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using ConversationalCare.Bot.Supervision.Alerts;
using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Widget;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>A supervisor watching the queue and the day's KPIs in Chromium while a customer asks for a person.</summary>
public class SupervisionInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    static SupervisionInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task A_supervisor_sees_a_handoff_join_the_queue_live_and_drills_from_the_escalation_tile_to_it()
    {
        await using var sam = await ConsolePage.SignInAsync(fixture, "sam", "Sam-demo-1");
        await Expect(sam.Page.Locator("nav a", new() { HasText = "Supervision" })).ToHaveAttributeAsync("href", "/console/supervision");
        // Opened by address rather than a click: a click before the inbox's circuit is up can race its start.
        await sam.Page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/console/supervision").ToString());
        await Expect(sam.Page.Locator("h1")).ToHaveTextAsync("Supervision");
        var waiting = sam.Page.Locator("[data-testid=waiting-count]");
        await Expect(waiting).ToBeVisibleAsync();
        var before = int.Parse(await waiting.TextContentAsync() ?? "0", System.Globalization.CultureInfo.InvariantCulture);

        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.AskAsync("I want to talk to a real person");
        await shop.ExpectBotSaysAsync("in the queue");
        var conversationId = await shop.ConversationIdAsync();

        // The monitor follows the desk: no reload.
        await Expect(waiting).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The KPIs are computed when the page opens; choosing today reloads them.
        await sam.Page.Locator("[data-testid=period-today]").ClickAsync();
        await Expect(sam.Page.Locator("[data-testid=time-chart] svg[role=img]")).ToBeVisibleAsync();
        await Expect(sam.Page.Locator("[data-testid=hour-bar]")).ToHaveCountAsync(24);
        await Expect(sam.Page.Locator("[data-testid=breakdown-chart] svg [data-testid=group-bar]").First).ToBeVisibleAsync();
        await sam.Page.Locator("[data-testid=tile-escalation]").ClickAsync();

        var link = sam.Page.Locator($"[data-testid=drill-row] a[href='/console/conversations/{conversationId}']");
        await Expect(link).ToBeVisibleAsync();
        await sam.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("supervision-page.png"), FullPage = true });
        await link.ClickAsync();
        await Expect(sam.Page.Locator("[data-testid=reason]")).ToContainTextAsync("asked for a person");
        shop.AssertNoFailures();
    }
    [EndToEndFact(Requires.Chromium)]
    public async Task A_surge_raises_a_banner_and_a_low_CSAT_appears_as_a_follow_up_sam_assigns_without_reloading()
    {
        await using var sam = await ConsolePage.SignInAsync(fixture, "sam", "Sam-demo-1");
        await sam.Page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/console/supervision?period=today").ToString());
        await Expect(sam.Page.Locator("[data-testid=computed]")).ToContainTextAsync("kept up to date");

        // A quiet week of one login complaint an hour, then 25 in the last 50 minutes, as the spike tests write it.
        WriteSurge(Path.Combine(fixture.Host.DataDirectory, "conversationalcare.db"), DateTimeOffset.UtcNow);
        // A monitor of its own: the host's may have remembered an earlier first message, before this week was written.
        await ActivatorUtilities.CreateInstance<IntentSpikeMonitor>(fixture.Host.Services).ScanAsync(CancellationToken.None);

        var banner = sam.Page.Locator("[data-testid=incident-banner][data-intent=technical_issue]");
        await Expect(banner).ToBeVisibleAsync();
        await Expect(banner).ToHaveAttributeAsync("role", "alert");
        await Expect(banner.Locator("[data-testid=incident-volume]")).ToContainTextAsync("25 customer messages in the last hour");
        await banner.Locator("summary").ClickAsync();
        await Expect(banner.Locator("li").First).ToHaveTextAsync("login fails after the update, order [order]");

        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.AskAsync("I want to talk to a real person");
        await shop.ExpectBotSaysAsync("in the queue");
        var conversationId = await shop.ConversationIdAsync();
        using (var alice = fixture.Host.NewClient())
        {
            alice.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "demo-token-alice");
            (await alice.PutAsJsonAsync("/api/agent/status", new { status = "online" })).EnsureSuccessStatusCode();
            Assert.Equal(HttpStatusCode.NoContent, (await alice.PostAsync($"/api/agent/conversations/{conversationId}/claim", null)).StatusCode);
            Assert.Equal(HttpStatusCode.NoContent,
                (await alice.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/resolve", new { disposition = "resolved" })).StatusCode);
        }
        await shop.ExpectBotSaysAsync("rate this conversation");
        await shop.AskAsync("2");
        var rated = Stopwatch.StartNew();

        await Expect(sam.Page.Locator("[data-testid=tile-csat] [data-testid=value]")).ToHaveTextAsync("2.0 / 5");
        output.WriteLine($"The CSAT tile showed it {rated.Elapsed.TotalSeconds:0.0} s after the customer rated 2");
        var row = sam.Page.Locator($"[data-testid=followup-row][data-conversation-id='{conversationId}']");
        await Expect(row).ToBeVisibleAsync();
        output.WriteLine($"The follow-up appeared on the open page {rated.Elapsed.TotalSeconds:0.0} s after the customer rated 2");
        await Expect(row.Locator("[data-testid=followup-score]")).ToHaveTextAsync("2");
        await Expect(row.Locator($"a[href='/console/conversations/{conversationId}']")).ToBeVisibleAsync();

        await row.Locator("[data-testid=assign-to]").SelectOptionAsync("bob");
        await row.Locator("[data-testid=assign]").ClickAsync();
        await Expect(row.Locator("[data-testid=followup-assignee]")).ToHaveTextAsync("bob");
        await Expect(row.Locator("[data-testid=assign-to]")).ToHaveValueAsync("bob");
        await Expect(sam.Page.Locator("[data-testid=followup-message]")).ToContainTextAsync("to bob");
        await sam.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("supervision-alerts.png"), FullPage = true });
        shop.AssertNoFailures();
    }

    /// <summary>Customer messages written straight into the host's store, in the shapes EF Core stores them.</summary>
    private static void WriteSurge(string database, DateTimeOffset now)
    {
        var ticks = new DateTimeOffsetToBinaryConverter().ConvertToProviderExpression.Compile();
        using var connection = new SqliteConnection($"Data Source={database}");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        void Run(string sql, params object?[] values)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++) command.Parameters.AddWithValue($"${i + 1}", values[i] ?? DBNull.Value);
            command.ExecuteNonQuery();
        }
        var customer = Guid.NewGuid().ToString().ToUpperInvariant();
        var conversation = "surge-" + Guid.NewGuid().ToString("N");
        Run("INSERT INTO Customers (Id, ChannelId, ChannelUserId, Name, Locale, FirstSeenAt, LastSeenAt, Tier) VALUES ($1,'directline',$2,NULL,NULL,$3,$3,'standard')",
            customer, conversation, ticks(now.AddDays(-8)));
        Run("INSERT INTO Conversations (Id, ChannelId, ExternalId, CustomerId, Status, Locale, LastSequence, StartedAt, LastActivityAt) VALUES ($1,'directline',NULL,$2,'Active','en-US',0,$3,$4)",
            conversation, customer, ticks(now.AddDays(-8)), ticks(now));
        var sequence = 0;
        void Message(DateTimeOffset at, string text) =>
            Run("INSERT INTO Activities (ConversationId, Sequence, ActivityId, Type, FromRole, Text, Json, Timestamp, Intent) VALUES ($1,$2,$3,'message','user',$4,'{}',$5,'technical_issue')",
                conversation, ++sequence, $"{conversation}|{sequence:D7}", text, ticks(at));
        for (var hour = 7 * 24 + 1; hour >= 2; hour--) Message(now.AddHours(-hour).AddMinutes(5), "the app is slow");
        for (var i = 0; i < 25; i++) Message(now.AddMinutes(-50 + i), $"login fails after the update, order LC-1234567{i % 10}");
        transaction.Commit();
    }
}

