using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Tests.Supervision;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Benchmarks.Supervision;

/// <summary>
/// Generates a realistic history into a SQLite file: conversations over 60 days, a few customer turns each with the
/// bot's typing and reply, about one in five handed to a person (claims, transfers, SLA breaches, surveys).
/// Seeded, so every run measures the same data; an existing file with the same size is reused.
/// </summary>
public static class GeneratedHistory
{
    public static readonly DateTimeOffset End = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Start = End.AddDays(-60);

    private static readonly string[] Intents = ["order_status", "returns_refunds", "product_question", "technical_issue", "billing_payment", "complaint"];
    private static readonly string[] Rules = ["customer-asked", "customer-asked", "hot-emotion", "repeated-failure", "not-helpful"];
    private static readonly string[] Teams = ["general", "orders", "billing", "technical", "complaints"];
    private static readonly string[] Locales = ["en-US", "en-US", "en-US", "zh-CN", "zh-CN", "en-GB"];

    public static string Ensure(string directory, int conversations)
    {
        var path = Path.Combine(directory, $"kpi-{conversations}.db");
        var connection = $"Data Source={path}";
        if (File.Exists(path)) return connection;
        Directory.CreateDirectory(directory);
        // Written under a temporary name, so an interrupted run never leaves a half-filled file to be reused.
        var partial = $"Data Source={path}.partial";
        File.Delete(path + ".partial");
        var options = new DbContextOptionsBuilder<SqliteCareDb>().UseSqlite(partial).Options;
        using (var db = new SqliteCareDb(options)) db.Database.Migrate();
        using (var writer = new HistoryWriter(partial))
        {
            Write(writer, conversations, new Random(20261124));
            writer.Commit();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(path + ".partial", path);
        return connection;
    }

    private static void Write(HistoryWriter w, int count, Random random)
    {
        var agents = Enumerable.Range(1, 12).Select(i => $"agent{i:D2}").ToArray();
        foreach (var agent in agents) w.Agent(agent, 2 + agent.Length % 3, Start);
        var customers = Enumerable.Range(0, count * 3 / 5).Select(i => w.Customer($"user-{i}", Start)).ToArray();
        var span = (End - Start).Ticks;
        for (var i = 0; i < count; i++)
        {
            var start = Start.AddTicks((long)(random.NextDouble() * span));
            var id = $"conv-{i:D7}";
            var intent = Intents[random.Next(Intents.Length)];
            var customer = customers[random.Next(customers.Length)];
            var teams = random.Next(100) < 15;
            var (sequence, at) = BotTurns(w, id, start, intent, random);
            if (random.Next(100) < 20) (sequence, at) = Handoff(w, id, customer, at, sequence, intent, agents, random);
            w.Conversation(id, customer, start, at, Locales[random.Next(Locales.Length)],
                teams ? "msteams" : "directline", teams ? $"19:thread-{i}" : null);
        }
    }

    private static (long Sequence, DateTimeOffset At) BotTurns(HistoryWriter w, string id, DateTimeOffset at, string intent, Random random)
    {
        long sequence = 0;
        var turns = 1 + random.Next(4);
        for (var turn = 0; turn < turns; turn++)
        {
            var said = turn == 0 && random.Next(100) < 40 ? "greeting" : intent;
            w.Activity(id, ++sequence, "user", at, said);
            w.Activity(id, ++sequence, "bot", at.AddMilliseconds(300), type: "typing");
            at = at.AddMilliseconds(800 + random.Next(3000));
            w.Activity(id, ++sequence, "bot", at);
            at = at.AddSeconds(8 + random.Next(60));
        }
        return (sequence, at);
    }

    private static (long Sequence, DateTimeOffset At) Handoff(HistoryWriter w, string id, Guid customer, DateTimeOffset at, long sequence,
        string intent, string[] agents, Random random)
    {
        var handoff = Guid.NewGuid();
        var rule = intent == "complaint" ? "complaint" : Rules[random.Next(Rules.Length)];
        var team = intent == "complaint" ? "complaints" : Teams[random.Next(Teams.Length)];
        w.Activity(id, ++sequence, "user", at, "request_human");
        w.Activity(id, ++sequence, "bot", at.AddSeconds(1));
        w.Event(handoff, id, "requested", null, at);
        var requested = at;
        var wait = TimeSpan.FromSeconds(5 + random.Next(400));
        var breached = wait > TimeSpan.FromSeconds(180) ? requested.AddSeconds(180) : (DateTimeOffset?)null;
        if (breached is { } b) w.Event(handoff, id, "sla-breached", null, b);
        if (random.Next(100) < 10)
        {
            var gaveUp = requested.AddSeconds(600);
            w.Event(handoff, id, "released", null, gaveUp);
            w.Handoff(new HandoffRow(handoff, id, customer, "Released", rule, team, requested) { SlaBreachedAt = breached, ClosedAt = gaveUp });
            return (sequence, gaveUp);
        }
        var agent = agents[random.Next(agents.Length)];
        var claimed = requested + wait;
        w.Event(handoff, id, "claimed", agent, claimed);
        var replied = claimed.AddSeconds(5 + random.Next(40));
        w.Event(handoff, id, "agent-replied", agent, replied);
        at = replied;
        var transfers = random.Next(100) < 10 ? 1 : 0;
        for (var turn = 0; turn < 2 + random.Next(4); turn++)
        {
            w.Activity(id, ++sequence, "agent", at);
            at = at.AddSeconds(20 + random.Next(90));
            w.Activity(id, ++sequence, "user", at);
            at = at.AddSeconds(15 + random.Next(120));
            if (turn == 0 && transfers == 1)
            {
                w.Event(handoff, id, "transferred", agent, at);
                agent = agents[random.Next(agents.Length)];
                at = at.AddSeconds(30 + random.Next(200));
                w.Event(handoff, id, "claimed", agent, at);
            }
        }
        w.Activity(id, ++sequence, "agent", at);
        at = at.AddSeconds(30);
        w.Event(handoff, id, "resolved", agent, at);
        w.Event(handoff, id, "csat-asked", null, at);
        w.Activity(id, ++sequence, "bot", at);
        int? score = random.Next(100) < 60 ? 1 + Math.Min(4, random.Next(6)) : null;
        if (score is not null)
        {
            w.Activity(id, ++sequence, "user", at.AddSeconds(10));
            w.Activity(id, ++sequence, "bot", at.AddSeconds(11));
            w.Event(handoff, id, "csat-scored", null, at.AddSeconds(10));
        }
        w.Handoff(new HandoffRow(handoff, id, customer, "Resolved", rule, team, requested)
        {
            Owner = agent, ClaimedAt = claimed, FirstAgentReplyAt = replied, SlaBreachedAt = breached, ClosedAt = at,
            Transfers = transfers, CsatScore = score, CsatAskedAt = at,
        });
        return (sequence, at.AddSeconds(11));
    }
}
