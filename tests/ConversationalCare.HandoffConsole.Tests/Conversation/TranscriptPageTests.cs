using Bunit;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Conversation;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Conversation;

public class TranscriptPageTests : BunitContext
{
    private readonly FakeAgentDesk desk = new();
    private readonly DateTimeOffset start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    public TranscriptPageTests()
    {
        Services.AddSingleton<IAgentDesk>(desk);
        // No handoff: the page shows the plain transcript, as it does for conversations the bot handles alone.
        Services.AddSingleton<IHandoffDesk>(new FakeHandoffDesk());
        Services.AddSingleton(TimeProvider.System);
        AddAuthorization().SetAuthorized("alice").SetRoles(ConsoleRoles.Supervisor);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        desk.Start("c1", "Alice Chen", start);
        desk.Say("c1", "customer", "Where is my parcel?", start.AddSeconds(5));
        desk.Say("c1", "bot", "I can look that up. Do you have the order number?", start.AddSeconds(6), "Track my order", "Talk to a person");
    }

    private IRenderedComponent<TranscriptPage> Open(string id) => Render<TranscriptPage>(p => p.Add(page => page.Id, id));

    private static (string? Role, string Text)[] Lines(IRenderedComponent<TranscriptPage> page) =>
        page.FindAll("[data-testid=transcript-line]")
            .Select(line => (line.GetAttribute("data-role"), line.QuerySelector(".bubble")?.TextContent.Trim() ?? "")).ToArray();

    [Fact]
    public void Shows_each_line_in_order_with_who_said_it()
    {
        var page = Open("c1");

        Assert.Equal(
            [("customer", "Where is my parcel?"), ("bot", "I can look that up. Do you have the order number?")],
            Lines(page));
        Assert.Equal("Alice Chen", page.Find("h1").TextContent);
    }

    [Fact]
    public void Shows_the_bots_markdown_answer_as_the_customer_saw_it_and_never_runs_html_from_it()
    {
        desk.Say("c1", "bot", "Track it in **My orders**:\n\n- open [Orders](https://lumen.example/orders)\n- <script>alert(1)</script>", start.AddSeconds(7));

        var answer = Open("c1").FindAll("[data-role=bot] .bubble").Last();

        Assert.Equal("My orders", answer.QuerySelector("strong")!.TextContent);
        Assert.Equal("https://lumen.example/orders", answer.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Empty(answer.QuerySelectorAll("script"));
    }

    [Fact]
    public void Shows_the_bots_suggested_actions_as_chips_under_its_line()
    {
        var botLine = Open("c1").Find("[data-role=bot]");

        Assert.Equal(["Track my order", "Talk to a person"], botLine.QuerySelectorAll(".chip").Select(chip => chip.TextContent));
    }

    [Fact]
    public void Stamps_each_line_with_its_time_in_utc()
    {
        var customerLine = Open("c1").Find("[data-role=customer]");

        var time = customerLine.QuerySelector("time")!;
        Assert.Equal("09:30", time.TextContent);
        Assert.Equal("2026-03-14 09:30:05 UTC", time.GetAttribute("title"));
    }

    [Fact]
    public void Marks_the_transcript_as_a_live_log_for_screen_readers() =>
        Assert.Equal("log", Open("c1").Find("ol.transcript-log").GetAttribute("role"));

    [Fact]
    public void Says_not_found_for_an_unknown_conversation()
    {
        var page = Open("no-such-id");

        Assert.Contains("Conversation not found", page.Find("[data-testid=conversation-not-found]").TextContent);
        Assert.Contains("no-such-id", page.Markup);
        Assert.Empty(Lines(page));
    }

    [Fact]
    public void Adds_new_lines_as_the_conversation_goes_on()
    {
        var page = Open("c1");

        desk.Say("c1", "customer", "It's 12345", start.AddSeconds(30));

        page.WaitForAssertion(() => Assert.Equal(("customer", "It's 12345"), Lines(page).Last()), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Stops_following_the_desk_when_the_page_closes()
    {
        Open("c1");

        await DisposeComponentsAsync();

        Assert.Equal(0, desk.Watchers);
    }
}
