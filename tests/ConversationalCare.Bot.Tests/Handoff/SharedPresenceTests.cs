using System.Net;
using System.Net.Http.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Handoff;

/// <summary>
/// An agent's online/away/offline status is a column of their profile in the database, not a host's memory, so
/// every host routes by the same status whichever host the agent set it through.
/// </summary>
public class SharedPresenceTests
{
    [Fact]
    public async Task A_status_set_through_one_host_is_the_status_the_other_host_sees_and_routes_by()
    {
        using var hosts = TwoHosts.Start();
        using var aliceOnA = AgentApiClient.Authorized(hosts.A, "demo-token-alice");
        using var aliceOnB = AgentApiClient.Authorized(hosts.B, "demo-token-alice");
        var deskA = hosts.A.Services.GetRequiredService<IHandoffDesk>();
        var deskB = hosts.B.Services.GetRequiredService<IHandoffDesk>();

        Assert.Equal(HttpStatusCode.NoContent, (await aliceOnA.PutAsJsonAsync("/api/agent/status", new { status = "online" })).StatusCode);
        var seenOnB = (await deskB.GetAgentAsync("alice", CancellationToken.None))!.Status;
        Assert.Equal(HttpStatusCode.NoContent, (await aliceOnB.PutAsJsonAsync("/api/agent/status", new { status = "away" })).StatusCode);
        var seenOnA = (await deskA.GetAgentAsync("alice", CancellationToken.None))!.Status;

        Assert.Equal(AgentStatus.Online, seenOnB);
        Assert.Equal(AgentStatus.Away, seenOnA);
    }
}
