using ConversationalCare.Bot.Supervision.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.Bot.Tests.Supervision.Alerts;

/// <summary>The spike monitor over stored customer messages written straight into a migrated database.</summary>
public sealed class IntentSpikeMonitorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 30, 0, TimeSpan.Zero);
    private readonly CareDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(Now);
    private int _conversations;

    public void Dispose() => _database.Dispose();

    private IntentSpikeMonitor Monitor() =>
        new(_database, Microsoft.Extensions.Options.Options.Create(new AlertOptions()), _clock, NullLogger<IntentSpikeMonitor>.Instance);

    /// <summary>A normal week before <see cref="Now"/>: every hour a few technical issues and order questions.</summary>
    private void WriteNormalWeek(HistoryWriter history)
    {
        var random = new Random(11);
        for (var hour = 7 * 24 + 1; hour >= 2; hour--)
        {
            var start = Now.AddHours(-hour);
            Messages(history, "technical_issue", random.Next(1, 5), start, "the app is slow today");
            Messages(history, "order_status", random.Next(3, 8), start, "where is my parcel?");
        }
    }

    private void Messages(HistoryWriter history, string intent, int count, DateTimeOffset hourStart, string text)
    {
        for (var i = 0; i < count; i++)
        {
            var at = hourStart.AddMinutes(1 + i * 55.0 / Math.Max(1, count));
            var id = $"conv-{++_conversations}";
            history.Conversation(id, history.Customer($"user-{_conversations}", at), at, at);
            history.Activity(id, 1, "user", at, intent, text: text);
        }
    }

    private async Task<List<IntentIncident>> IncidentsAsync()
    {
        await using var db = _database.CreateDbContext();
        return await db.IntentIncidents.AsNoTracking().ToListAsync();
    }

    [Fact]
    public async Task A_normal_week_of_traffic_raises_no_incident()
    {
        using (var history = _database.History())
        {
            WriteNormalWeek(history);
            Messages(history, "technical_issue", 3, Now.AddMinutes(-59), "the app is slow today");
            history.Commit();
        }

        await Monitor().ScanAsync(CancellationToken.None);

        Assert.Empty(await IncidentsAsync());
    }

    [Fact]
    public async Task A_surge_of_technical_issues_raises_an_incident_with_masked_samples_and_closes_when_it_passes()
    {
        using (var history = _database.History())
        {
            WriteNormalWeek(history);
            Messages(history, "order_status", 5, Now.AddMinutes(-59), "where is my parcel?");
            Messages(history, "technical_issue", 40, Now.AddMinutes(-59), "I can't log in since the update, my email is ann@example.com");
            history.Commit();
        }
        var monitor = Monitor();

        await monitor.ScanAsync(CancellationToken.None);

        var incident = Assert.Single(await IncidentsAsync());
        Assert.Equal("technical_issue", incident.Intent);
        Assert.Equal(40, incident.Count);
        Assert.Equal(Now, incident.StartedAt);
        Assert.InRange(incident.BaselineMean, 1, 5);
        Assert.True(incident.IsActive);
        Assert.Equal(5, incident.Samples.Count);
        Assert.All(incident.Samples, s => Assert.Equal("I can't log in since the update, my email is [email]", s));

        _clock.Advance(TimeSpan.FromMinutes(1));
        await monitor.ScanAsync(CancellationToken.None);
        Assert.Single(await IncidentsAsync(), i => i.IsActive);

        // An hour later the surge has left the window and the volume is back to normal.
        _clock.Advance(TimeSpan.FromHours(1));
        await monitor.ScanAsync(CancellationToken.None);
        var closed = Assert.Single(await IncidentsAsync());
        Assert.False(closed.IsActive);
        Assert.Equal(40, closed.PeakCount);
        Assert.Equal(Now.AddMinutes(61), closed.ClosedAt);
    }
}
