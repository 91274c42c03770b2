using Bunit;
using ConversationalCare.HandoffConsole.Queue;
using ConversationalCare.HandoffConsole.Tests.Handoff;
using static ConversationalCare.HandoffConsole.Tests.Handoff.SampleHandoffs;

namespace ConversationalCare.HandoffConsole.Tests.Queue;

public class InboxTests : ConsoleTestContext
{
    private static string[] RowIds(IRenderedComponent<QueuePage> page) =>
        page.FindAll("[data-testid=handoff-row]").Select(row => row.GetAttribute("data-conversation-id")!).ToArray();

    [Fact]
    public void Lists_waiting_customers_in_the_order_the_desk_gives()
    {
        Handoffs.Inbox[InboxView.Waiting].AddRange(
        [
            Item("urgent", "Grace", Start.AddSeconds(-10), priority: 1, position: 1),
            Item("older", "Ada", Start.AddMinutes(-2), priority: 2, position: 2),
            Item("newer", "Linus", Start.AddSeconds(-30), priority: 2, position: 3),
        ]);

        var page = Render<QueuePage>();

        Assert.Equal(["urgent", "older", "newer"], RowIds(page));
        Assert.Equal([("alice", InboxView.Waiting)], Handoffs.InboxCalls);
        Assert.Equal("true", page.Find("[data-testid=tab-waiting]").GetAttribute("aria-selected"));
    }

    [Fact]
    public void Shows_what_an_agent_needs_to_pick_the_next_customer()
    {
        Handoffs.Inbox[InboxView.Waiting].Add(Item("c1", "Alice Chen", Start.AddMinutes(-2), priority: 1, offeredTo: "alice", position: 1));

        var row = Render<QueuePage>().Find("[data-conversation-id=c1]");

        Assert.Contains("Alice Chen", row.TextContent);
        Assert.Equal("P1", row.QuerySelector(".priority")!.TextContent);
        Assert.Contains("orders", row.TextContent);
        Assert.Contains("Customer asked for a person", row.TextContent);
        Assert.Contains("directline", row.TextContent);
        Assert.Contains("en-US", row.TextContent);
        Assert.Equal("frustration 82%", Normalize(row.QuerySelector("[data-testid=emotion]")!.TextContent));
        Assert.Equal("2 min", row.QuerySelector("[data-testid=waited]")!.TextContent.Trim());
        Assert.Equal("#1", row.QuerySelector("[data-testid=position]")!.TextContent.Trim());
        Assert.Equal("Offered to you", row.QuerySelector("[data-testid=offered-to-you]")!.TextContent);
        Assert.Equal("/console/conversations/c1", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Turns_at_risk_when_the_bot_says_so_not_at_a_share_the_console_assumes()
    {
        // The team configured the warning at half the target: at risk after 50 s of a 100-second target.
        var item = Item("c1", "Ada", Start, target: TimeSpan.FromSeconds(100)) with { SlaAtRiskAt = Start.AddSeconds(50) };
        Handoffs.Inbox[InboxView.Waiting].Add(item);
        var page = Render<QueuePage>();
        var sla = () => page.Find("[data-testid=sla]");

        Clock.Advance(TimeSpan.FromSeconds(49));
        Eventually(page, () => Assert.Equal("OnTrack", sla().GetAttribute("data-state")));
        Clock.Advance(TimeSpan.FromSeconds(1));
        Eventually(page, () => Assert.Equal("AtRisk", sla().GetAttribute("data-state")));
    }

    [Fact]
    public void Counts_the_first_response_down_each_second_and_turns_at_risk_then_breached()
    {
        // A 100-second target asked for just now: at risk after 75 s, breached after 100 s.
        Handoffs.Inbox[InboxView.Waiting].Add(Item("c1", "Ada", Start, target: TimeSpan.FromSeconds(100)));
        var page = Render<QueuePage>();
        var sla = () => page.Find("[data-testid=sla]");
        Assert.Equal("OnTrack", sla().GetAttribute("data-state"));
        Assert.Equal("On track 1:40 left", Normalize(sla().TextContent));

        Clock.Advance(TimeSpan.FromSeconds(1));
        Eventually(page, () => Assert.Contains("1:39 left", sla().TextContent));

        Clock.Advance(TimeSpan.FromSeconds(75));
        Eventually(page, () =>
        {
            Assert.Equal("AtRisk", sla().GetAttribute("data-state"));
            Assert.Equal("At risk 0:24 left", Normalize(sla().TextContent));
        });

        Clock.Advance(TimeSpan.FromSeconds(30));
        Eventually(page, () =>
        {
            Assert.Equal("Breached", sla().GetAttribute("data-state"));
            Assert.Equal("Breached 0:06 over", Normalize(sla().TextContent));
        });
    }

    [Fact]
    public void Shows_a_met_target_without_a_countdown()
    {
        Handoffs.Inbox[InboxView.All].Add(Item("c1", "Ada", Start.AddMinutes(-10), sla: SlaState.Met, owner: "bob", status: "Assigned", position: null));
        Handoffs.Inbox[InboxView.All].Add(Item("c2", "Grace", Start.AddMinutes(-1), owner: "alice", status: "Assigned", position: null));
        var page = Render<QueuePage>();

        page.Find("[data-testid=tab-all]").Click();

        Eventually(page, () => Assert.Equal(["c1", "c2"], RowIds(page)));
        Assert.Equal("Met", Normalize(page.Find("[data-conversation-id=c1] [data-testid=sla]").TextContent));
        Assert.Equal("bob", page.Find("[data-conversation-id=c1] [data-testid=owner]").TextContent.Trim());
        Assert.Equal("You", page.Find("[data-conversation-id=c2] [data-testid=owner]").TextContent.Trim());
        Assert.Equal("—", page.Find("[data-conversation-id=c1] [data-testid=position]").TextContent.Trim());
    }

    [Fact]
    public void Asks_the_desk_for_the_agents_own_conversations_on_the_mine_tab()
    {
        Handoffs.Inbox[InboxView.Mine].Add(Item("mine", "Grace", Start.AddMinutes(-1), owner: "alice", status: "Assigned"));
        var page = Render<QueuePage>();

        page.Find("[data-testid=tab-mine]").Click();

        Eventually(page, () => Assert.Equal(["mine"], RowIds(page)));
        Assert.Equal(("alice", InboxView.Mine), Handoffs.InboxCalls.Last());
        Assert.Equal("true", page.Find("[data-testid=tab-mine]").GetAttribute("aria-selected"));
    }

    [Fact]
    public void Keeps_every_conversation_one_tab_away()
    {
        Desk.Start("c9", "Linus", Start.AddMinutes(-3));
        var page = Render<QueuePage>();

        page.Find("[data-testid=tab-conversations]").Click();

        Eventually(page, () => Assert.NotNull(page.Find("[data-testid=conversation-row][data-conversation-id=c9]")));
    }

    [Fact]
    public async Task Refreshes_when_the_desk_reports_a_change()
    {
        var page = Render<QueuePage>();
        Assert.Contains("Nobody is waiting", page.Find("[data-testid=inbox-empty]").TextContent);

        Handoffs.Inbox[InboxView.Waiting].Add(Item("new", "Grace", Start));
        Desk.Announce("new");

        // The watch waits a quiet period on the page's clock before it refreshes, so the clock has to move.
        await global::ConversationalCare.HandoffConsole.Tests.Eventually.True(() => page.FindAll("[data-testid=handoff-row]").Count == 1,
            () => Clock.Advance(TimeSpan.FromMilliseconds(300)));
        Assert.Equal(["new"], RowIds(page));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
