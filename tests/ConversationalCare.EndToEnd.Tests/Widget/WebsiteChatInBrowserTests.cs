using System.Net.Http.Json;
using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ConversationalCare.EndToEnd.Tests.Widget;

/// <summary>What an admin sets for the website chat is what a shopper sees in the demo shop's widget.</summary>
public class WebsiteChatInBrowserTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    static WebsiteChatInBrowserTests() => SetDefaultExpectTimeout(30_000);

    [EndToEndFact(Requires.Chromium)]
    public async Task The_shop_widget_shows_the_admins_brand_and_a_starter_question_the_shopper_can_click()
    {
        using (var admin = fixture.Host.NewClient())
        {
            admin.DefaultRequestHeaders.Authorization = new("Bearer", "demo-token-ada"); // the Development demo admin
            var saved = await admin.PutAsJsonAsync("/api/admin/website-chat", new
            {
                brandName = "Acme Lamps",
                accentColor = "#aa3300",
                languages = new Dictionary<string, object>
                {
                    ["en"] = new { welcomeText = "Welcome to Acme! Ask us anything.", starterQuestions = new[] { "Where is my parcel?" } },
                },
            });
            saved.EnsureSuccessStatusCode();
        }

        await using var shop = await ShopPage.OpenAsync(fixture, output);
        await shop.OpenChatAsync();

        await Expect(shop.Page.Locator(".cw-title")).ToHaveTextAsync("Acme Lamps");
        await Expect(shop.Page.Locator("[data-testid=welcome-text]")).ToHaveTextAsync("Welcome to Acme! Ask us anything.");
        Assert.Equal("#aa3300", await shop.Root.EvaluateAsync<string>("root => root.style.getPropertyValue('--cw-accent')"));
        var starter = shop.Page.Locator("[data-testid=starter-question]", new() { HasText = "Where is my parcel?" });
        await starter.ClickAsync();

        await shop.ExpectDeliveredAsync("Where is my parcel?");
        await shop.ExpectBotSaysAsync("tracking");
        await Expect(shop.Page.Locator("[data-testid=starter-questions]")).ToBeHiddenAsync();
        shop.AssertNoFailures();
    }
}
