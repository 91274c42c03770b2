using ConversationalCare.Bot.Turns;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Availability;

/// <summary>
/// On SIGTERM, before the web server stops listening (lifecycle Stopping runs ahead of every StopAsync): refuse new
/// writes with 503, let the turns in flight finish so their replies are stored, then close Direct Line sockets with a
/// normal close so clients reconnect (elsewhere, or here after a restart) from their watermark. The transcript
/// writer, stopped after the turn runner, drains what is queued. All of it within <see cref="HostOptions.ShutdownTimeout"/>.
/// </summary>
public sealed class GracefulStop(TurnRunner turns, IOptions<HostOptions> host, ILogger<GracefulStop> logger) : IHostedLifecycleService
{
    /// <summary>What a deployment may wait for a host to go (Kubernetes' default grace period is 30 s).</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _closeSockets = new();
    private volatile bool _stopping;

    public bool IsStopping => _stopping;

    /// <summary>Cancelled once the turns in flight are done: long-lived streams end then, with a normal close.</summary>
    public CancellationToken SocketsClosing => _closeSockets.Token;

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        // Turns get most of the budget; the rest is for the writer's last commit and the server's own stop.
        using var turnsBudget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        turnsBudget.CancelAfter(host.Value.ShutdownTimeout * 0.6);
        await turns.FinishRunningTurnsAsync(turnsBudget.Token);
        logger.LogInformation("Stopping: turns in flight are done; closing Direct Line streams");
        await _closeSockets.CancelAsync();
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
