using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using static ConversationalCare.Bot.Tests.Leases.SeveralHosts;

namespace ConversationalCare.Bot.Tests.Leases;

public class LeaseHealthTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    [Fact]
    public async Task Healthz_names_this_host_and_the_holder_of_each_lease()
    {
        using var http = shared.Host.NewClient();
        await EventuallyAsync(() => HoldsEveryLeaseAsync(shared.Host), "the host to take every lease");

        var leases = JsonDocument.Parse(await http.GetStringAsync("/healthz")).RootElement.GetProperty("checks").GetProperty("leases");

        Assert.Equal("Healthy", leases.GetProperty("status").GetString());
        var description = leases.GetProperty("Description").GetString()!;
        Assert.StartsWith($"this host is {Holder(shared.Host)}", description);
        Assert.All(OnceOnlyWork, work => Assert.Contains($"{work}: {Holder(shared.Host)} until ", description));
    }
}
