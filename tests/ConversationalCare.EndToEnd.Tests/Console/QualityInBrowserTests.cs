using System.Net.Http.Headers;
using System.Net.Http.Json;
using ConversationalCare.Bot.Supervision.Quality;
using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using ConversationalCare.EndToEnd.Tests.Widget;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Console;

/// <summary>
/// Alice resolves a customer's conversation; it is sampled for review; sam scores it in Chromium with the transcript
/// beside the rubric; alice reads the review on her own page.
/// </summary>
public class QualityInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    static QualityInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task A_supervisor_scores_a_sampled_conversation_and_the_agent_reads_the_review()
    {
        using var aliceApi = fixture.Host.NewClient();
        aliceApi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "demo-token-alice");
        // Someone must be online for the customer to queue rather than leave a message.
        (await aliceApi.PutAsJsonAsync("/api/agent/status", new { status = "online" })).EnsureSuccessStatusCode();
        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();
        await shop.ExpectBotSaysAsync("Lumen & Co assistant");
        await shop.AskAsync("I want to talk to a real person");
        await shop.ExpectBotSaysAsync("in the queue");
        var conversationId = await shop.ConversationIdAsync();
        await ResolveAsync(aliceApi, conversationId);
        // The weekly sampler takes finished weeks; here it is asked for this week so the conversation is queued now.
        var sampled = await fixture.Host.Services.GetRequiredService<QualitySampler>()
            .SampleAsync(QualityWeek.Containing(DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.Equal(1, sampled);

        await using (var sam = await ConsolePage.SignInAsync(fixture, "sam", "Sam-demo-1"))
        {
            await Expect(sam.Page.Locator("nav a", new() { HasText = "Quality" }).First).ToHaveAttributeAsync("href", "/console/quality");
            await sam.GoToAsync("/console/quality");
            await Expect(sam.Page.Locator("h1")).ToHaveTextAsync("Quality review");
            await sam.Page.Locator("[data-testid=queued-review]", new() { HasText = "alice" }).Locator("[data-testid=open-review]").ClickAsync();

            await Expect(sam.Page.Locator("[data-testid=review-transcript]")).ToContainTextAsync("I want to talk to a real person");
            await sam.WhenLiveAsync();
            await sam.Page.Locator("[data-testid=rubric-form]").Locator("button[type=submit]").ClickAsync();
            await Expect(sam.Page.Locator("[data-testid=review-errors]")).ToContainTextAsync("Greeting: choose a score from 1 to 5, or N/A.");

            foreach (var (criterion, choice) in new[] { ("greeting", "5"), ("accuracy", "4"), ("empathy", "3"), ("resolution", "na"), ("closing", "5"), ("privacy", "5") })
                await sam.Page.Locator($"[data-testid=score-{criterion}-{choice}]").CheckAsync();
            await sam.Page.Locator("[data-testid=comment-empathy]").FillAsync("Acknowledge the wait before anything else.");
            await sam.Page.Locator("[data-testid=overall-comment]").FillAsync("A friendly, quick resolution.");
            await sam.Page.Locator("[data-testid=submit-review]").ClickAsync();

            await Expect(sam.Page.Locator("[data-testid=review-submitted]")).ToBeVisibleAsync();
            await Expect(sam.Page.Locator("[data-testid=review-summary]")).ToContainTextAsync("88 %");
            await sam.Page.ScreenshotAsync(new() { Path = TestArtifacts.PathFor("quality-review.png"), FullPage = true });
        }

        await using var alice = await ConsolePage.SignInAsync(fixture, "alice", "Alice-demo-1");
        await Expect(alice.Page.Locator("nav a", new() { HasText = "My reviews" })).ToHaveAttributeAsync("href", "/console/quality/mine");
        await Expect(alice.Page.Locator("nav a[href='/console/quality']")).ToHaveCountAsync(0);
        await alice.Page.GotoAsync(new Uri(fixture.Host.BaseAddress, "/console/quality/mine").ToString());
        var review = alice.Page.Locator("[data-testid=my-review]");
        await Expect(review).ToContainTextAsync("Acknowledge the wait before anything else.");
        await Expect(review.Locator("[data-testid=review-transcript-link]")).ToHaveAttributeAsync("href", $"/console/conversations/{conversationId}");
        await Expect(alice.Page.Locator("[data-testid=figure-alice]")).ToContainTextAsync("88 %");
        shop.AssertNoFailures();
    }

    private static async Task ResolveAsync(HttpClient http, string conversationId)
    {
        var id = Uri.EscapeDataString(conversationId);
        (await http.PostAsync($"/api/agent/conversations/{id}/claim", null)).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/agent/conversations/{id}/messages", new { text = "Hi, I'm Alice. How can I help?" })).EnsureSuccessStatusCode();
        (await http.PostAsJsonAsync($"/api/agent/conversations/{id}/resolve", new { disposition = "resolved" })).EnsureSuccessStatusCode();
    }
}
