using ConversationalCare.HandoffConsole.Live;

namespace ConversationalCare.HandoffConsole.Supervision;

/// <summary>
/// Keeps the supervisor page current while it is open. Figures follow the desk (any conversation or handoff change),
/// at most once per quiet period, so a busy queue recomputes the KPIs every couple of seconds rather than per message.
/// Alerts are re-read on a short tick, because the bot raises them in background work that publishes nothing
/// (a follow-up a second after the CSAT, an incident at the minute's spike scan); the tick also recomputes figures
/// that have not changed for a while, since time alone moves some of them (waits, SLA breaches).
/// </summary>
internal sealed class SupervisionLive : IAsyncDisposable
{
    public static readonly TimeSpan FiguresQuietPeriod = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan AlertsInterval = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan FiguresAtLeastEvery = TimeSpan.FromSeconds(30);

    private readonly DeskWatch watch;
    private readonly ITimer tick;

    private SupervisionLive(DeskWatch watch, ITimer tick) => (this.watch, this.tick) = (watch, tick);

    /// <param name="refreshFigures">Recomputes the KPIs and charts.</param>
    /// <param name="refreshAlerts">Re-reads the open alerts; also called with whether the figures are due too.</param>
    public static SupervisionLive Start(IAgentDesk desk, TimeProvider time, Func<Task> refreshFigures, Func<bool, Task> refreshAlerts,
        Func<DateTimeOffset> figuresComputedAt, Func<Exception, Task> fail)
    {
        var watch = DeskWatch.Start(desk, _ => true, refreshFigures, fail, time, FiguresQuietPeriod);
        var tick = time.CreateTimer(_ => refreshAlerts(time.GetUtcNow() - figuresComputedAt() >= FiguresAtLeastEvery),
            null, AlertsInterval, AlertsInterval);
        return new SupervisionLive(watch, tick);
    }

    public async ValueTask DisposeAsync()
    {
        await tick.DisposeAsync();
        await watch.DisposeAsync();
    }
}
