using System.Net;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Storage;
using ConversationalCare.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Conversations;

/// <summary>Hosts of one PostgreSQL database deployed together: schema and demo data are made once, by whichever host is first.</summary>
public sealed class SeveralHostsStartTests
{
    [PostgreSqlFact]
    public async Task Two_hosts_started_together_on_an_empty_database_both_come_up_and_the_demo_data_is_there_once()
    {
        var database = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        var shared = new Dictionary<string, string?>
        {
            ["ConversationalCare:Database:Provider"] = "PostgreSql",
            ["ConversationalCare:Database:ConnectionString"] = TestDatabase.ConnectionStringFor(database),
        };
        BotHost[] hosts = [];
        try
        {
            // Each host has its own data directory, as on its own machine; only the database is shared.
            hosts = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => new BotHost(new(shared)))));

            foreach (var host in hosts)
            {
                using var http = host.NewClient();
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/healthz")).StatusCode);
            }
            var services = hosts[0].Services;
            await using var knowledge = await services.GetRequiredService<IDbContextFactory<KnowledgeDb>>().CreateDbContextAsync();
            var articles = await knowledge.Articles.CountAsync();
            Assert.True(articles >= 64, $"{articles} demo articles");
            Assert.Equal(articles, await knowledge.ArticleAudit.CountAsync(e => e.Action == AuditAction.Seeded));
            await using var care = await services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
            Assert.Equal(DefaultTeams.Seeded.Count, await care.Teams.CountAsync());
            Assert.Equal(ConsoleRoles.All.Count, await care.Roles.CountAsync());
            Assert.Equal(DemoAccounts.Users.Count, await care.Users.CountAsync());
        }
        finally
        {
            foreach (var host in hosts) host.Dispose();
            TestDatabase.Drop(database);
        }
    }
}
