using Bunit;
using ConversationalCare.HandoffConsole.Queue;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Queue;

/// <summary>The inbox's "All conversations" tab: every conversation the bot is having, handed off or not.</summary>
public class ConversationListTests : BunitContext
{
    private readonly FakeAgentDesk desk = new();
    private readonly DateTimeOffset now = DateTimeOffset.UtcNow;

    public ConversationListTests()
    {
        Services.AddSingleton<IAgentDesk>(desk);
        Services.AddSingleton(TimeProvider.System);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private static string[] RowIds(IRenderedComponent<ConversationList> page) =>
        page.FindAll("[data-testid=conversation-row]").Select(row => row.GetAttribute("data-conversation-id")!).ToArray();

    [Fact]
    public void Lists_conversations_newest_first()
    {
        desk.Start("older", "Ada", now.AddHours(-2));
        desk.Start("newest", "Grace", now.AddMinutes(-1));
        desk.Start("middle", "Linus", now.AddMinutes(-30));

        var page = Render<ConversationList>();

        Assert.Equal(["newest", "middle", "older"], RowIds(page));
    }

    [Fact]
    public void Shows_who_where_and_what_was_said_last()
    {
        desk.Start("c1", "Alice Chen", now.AddMinutes(-10), channel: "directline", locale: "zh-CN");
        desk.Say("c1", "customer", "Where is my parcel?", now.AddMinutes(-3));

        var row = Render<ConversationList>().Find("[data-conversation-id=c1]");

        Assert.Contains("Alice Chen", row.TextContent);
        Assert.Contains("directline", row.TextContent);
        Assert.Contains("zh-CN", row.TextContent);
        Assert.Contains("Active", row.TextContent);
        Assert.Contains("3 min ago", row.TextContent);
        Assert.Contains("Where is my parcel?", row.TextContent);
        Assert.Equal("1", row.QuerySelector("td[data-label=Messages]")!.TextContent.Trim());
        Assert.Equal("/console/conversations/c1", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Links_to_the_transcript_with_the_id_escaped() =>
        Assert.Equal("/console/conversations/a%2Fb%20c", ConversationRow.TranscriptHref("a/b c"));

    [Fact]
    public void Says_so_when_nobody_has_written_yet()
    {
        var page = Render<ConversationList>();

        Assert.Empty(RowIds(page));
        Assert.Contains("No conversations yet", page.Find("[data-testid=queue-empty]").TextContent);
    }

    [Fact]
    public void Shows_a_new_conversation_as_soon_as_the_desk_reports_it()
    {
        desk.Start("first", "Ada", now.AddMinutes(-5));
        var page = Render<ConversationList>();

        desk.Start("second", "Grace", now);

        page.WaitForAssertion(() => Assert.Equal(["second", "first"], RowIds(page)), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Moves_a_conversation_to_the_top_when_its_customer_writes_again()
    {
        desk.Start("quiet", "Ada", now.AddMinutes(-20));
        desk.Start("busy", "Grace", now.AddMinutes(-1));
        var page = Render<ConversationList>();

        desk.Say("quiet", "customer", "Hello again?", now);

        page.WaitForAssertion(() =>
        {
            Assert.Equal(["quiet", "busy"], RowIds(page));
            Assert.Contains("Hello again?", page.Find("[data-conversation-id=quiet]").TextContent);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Stops_following_the_desk_when_the_page_closes()
    {
        Render<ConversationList>();
        Assert.Equal(1, desk.Watchers);

        await DisposeComponentsAsync();

        Assert.Equal(0, desk.Watchers);
    }

    [Fact]
    public void Does_not_follow_the_desk_while_prerendering()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        Render<ConversationList>();

        Assert.Equal(0, desk.Watchers);
    }
}
