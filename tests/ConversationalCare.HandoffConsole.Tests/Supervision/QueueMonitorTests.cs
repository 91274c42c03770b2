using Bunit;
using ConversationalCare.HandoffConsole.Supervision;
using static ConversationalCare.HandoffConsole.Tests.Handoff.SampleHandoffs;

namespace ConversationalCare.HandoffConsole.Tests.Supervision;

public class QueueMonitorTests : SupervisionPageContext
{
    private static AgentProfile Agent(string name, AgentStatus status, int chats, int capacity = 3) =>
        new(name, name, status, capacity, chats, ["orders"], ["en"]);

    private void SampleQueue()
    {
        Handoffs.Inbox[InboxView.All].AddRange(
        [
            Item("w-old", "Ada", Start.AddMinutes(-4), target: TimeSpan.FromMinutes(3), sla: SlaState.Breached, position: 1),
            Item("w-new", "Linus", Start.AddSeconds(-20), target: TimeSpan.FromSeconds(100), position: 2),
            Item("owned", "Grace", Start.AddMinutes(-10), sla: SlaState.Met, owner: "alice", position: null, status: "Assigned"),
        ]);
        Handoffs.Agents.AddRange(
        [
            Agent("alice", AgentStatus.Online, chats: 3),
            Agent("bob", AgentStatus.Online, chats: 0),
            Agent("carol", AgentStatus.Online, chats: 1),
            Agent("dave", AgentStatus.Away, chats: 0),
            Agent("erin", AgentStatus.Offline, chats: 0),
        ]);
    }

    [Fact]
    public void Counts_who_waits_and_who_can_answer()
    {
        SampleQueue();

        var monitor = Render<QueueMonitor>(p => p.Add(m => m.Supervisor, "sam"));

        Assert.Equal("2", monitor.Find("[data-testid=waiting-count]").TextContent);
        Assert.Equal("4 min", monitor.Find("[data-testid=longest-wait]").TextContent);
        Assert.Equal("3", monitor.Find("[data-testid=agents-online]").TextContent);
        Assert.Equal("2", monitor.Find("[data-testid=agents-busy]").TextContent);
        Assert.Equal("1", monitor.Find("[data-testid=agents-away]").TextContent);
        Assert.Equal("1", monitor.Find("[data-testid=agents-offline]").TextContent);
        Assert.Contains(("sam", InboxView.All), Handoffs.InboxCalls);
    }

    [Fact]
    public void Lists_breached_first_responses_with_links_and_adds_those_turning_at_risk_on_the_clock()
    {
        SampleQueue();
        var monitor = Render<QueueMonitor>(p => p.Add(m => m.Supervisor, "sam"));
        var slipping = () => monitor.FindAll("[data-testid=slipping] li");

        Assert.Equal("w-old", Assert.Single(slipping()).QuerySelector("a")!.GetAttribute("href")!.Split('/')[^1]);
        Assert.Equal("Breached", slipping()[0].GetAttribute("data-sla"));

        // Linus asked 20 s ago against a 100 s target: at risk once 75 s have passed.
        Clock.Advance(TimeSpan.FromSeconds(56));

        Eventually(monitor, () => Assert.Equal(2, slipping().Count));
        Assert.Equal("AtRisk", slipping()[1].GetAttribute("data-sla"));
        Assert.Equal("/console/conversations/w-new", slipping()[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Follows_the_desk_live_when_a_customer_joins_the_queue()
    {
        SampleQueue();
        var monitor = Render<QueueMonitor>(p => p.Add(m => m.Supervisor, "sam"));
        Eventually(monitor, () => Assert.Equal(1, Desk.Watchers));

        Handoffs.Inbox[InboxView.All].Add(Item("w-3", "Margaret", Start, position: 3));
        Desk.Announce("w-3");

        // The watch waits a quiet period on the page's clock before it refreshes, so the clock has to move.
        await global::ConversationalCare.HandoffConsole.Tests.Eventually.True(
            () => monitor.Find("[data-testid=waiting-count]").TextContent == "3",
            () => Clock.Advance(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task Stops_watching_when_the_page_goes_away()
    {
        var monitor = Render<QueueMonitor>(p => p.Add(m => m.Supervisor, "sam"));
        Eventually(monitor, () => Assert.Equal(1, Desk.Watchers));

        await DisposeComponentsAsync();

        Eventually(monitor, () => Assert.Equal(0, Desk.Watchers));
    }
}
