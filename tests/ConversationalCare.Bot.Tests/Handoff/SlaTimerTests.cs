using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Handoff;

/// <summary>First-response SLAs against a clock the test moves: warnings before the deadline, breaches at it.</summary>
public class SlaTimerTests
{
    [Fact]
    public async Task Warns_when_three_quarters_of_the_first_response_time_is_gone_and_records_the_breach_at_the_deadline()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a person");
        await chat.ExpectReplyContaining("in the queue");
        var monitor = host.Services.GetRequiredService<HandoffMonitor>();

        // P2: 180 s to a first response, at risk from 135 s.
        clock.Advance(TimeSpan.FromSeconds(130));
        await monitor.TickAsync(CancellationToken.None);
        Assert.Equal(SlaState.OnTrack, await SlaAsync(alice, chat));
        Assert.Empty(await EventsAsync(host, HandoffEventKinds.SlaWarning));

        clock.Advance(TimeSpan.FromSeconds(10));
        await monitor.TickAsync(CancellationToken.None);
        Assert.Equal(SlaState.AtRisk, await SlaAsync(alice, chat));
        Assert.Single(await EventsAsync(host, HandoffEventKinds.SlaWarning));

        clock.Advance(TimeSpan.FromSeconds(41));
        await monitor.TickAsync(CancellationToken.None);
        await monitor.TickAsync(CancellationToken.None);
        Assert.Equal(SlaState.Breached, await SlaAsync(alice, chat));
        Assert.Single(await EventsAsync(host, HandoffEventKinds.SlaBreached));
    }

    [Fact]
    public async Task An_agent_who_answers_in_time_meets_the_SLA()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = new BotHost(services: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock)));
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("agent");
        await chat.ExpectReplyContaining("in the queue");

        clock.Advance(TimeSpan.FromSeconds(60));
        await alice.ClaimAsync(chat.ConversationId);
        await alice.SayAsync(chat.ConversationId, "Hi, I'm here");
        clock.Advance(TimeSpan.FromSeconds(600));
        await host.Services.GetRequiredService<HandoffMonitor>().TickAsync(CancellationToken.None);

        Assert.Equal(SlaState.Met, (await alice.ContextAsync(chat.ConversationId)).Handoff.Sla);
        Assert.Empty(await EventsAsync(host, HandoffEventKinds.SlaBreached));
    }

    private static async Task<SlaState> SlaAsync(AgentApiClient agent, DirectLineChat chat) =>
        (await agent.ContextAsync(chat.ConversationId)).Handoff.Sla;

    private static async Task<List<HandoffEvent>> EventsAsync(BotHost host, string kind)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        return await db.HandoffEvents.Where(e => e.Kind == kind).ToListAsync();
    }
}
