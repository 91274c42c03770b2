using System.Text.Json;
using ConversationalCare.Bot.Activities;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ConversationalCare.Bot.Events;

/// <summary>
/// Cluster events over one Redis pub/sub channel. Pub/sub keeps nothing: a host that is disconnected misses what is
/// said meanwhile and catches up from the database. Starting while Redis is down does not fail the host; the
/// multiplexer keeps reconnecting in the background and the subscription is restored with it.
/// </summary>
public sealed class RedisClusterEvents(IOptions<RedisOptions> options, ILogger<RedisClusterEvents> logger, TimeProvider clock)
    : BackgroundService, IClusterEvents
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromMilliseconds(500);
    // Tells this host's own messages apart when Redis hands them back to it.
    private readonly Guid _self = Guid.NewGuid();
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.Channel);
    private ConnectionMultiplexer? _redis;
    private volatile bool _connected;
    private DateTimeOffset? _lostAt;

    public bool Connected => _connected;

    /// <summary>Why live events are not crossing hosts right now, for /healthz; null while they are.</summary>
    public string? Problem { get; private set; } = "Redis not connected yet: live events fall back to database polling";

    public event Action<ClusterMessage>? Received;
    public event Action<bool>? ConnectedChanged;

    public void Send(ClusterMessage message)
    {
        if (!_connected || _redis is null) return;
        try
        {
            var payload = JsonSerializer.SerializeToUtf8Bytes(new Envelope(_self, message), ActivityJson.Options);
            // Fire and forget keeps the sender's order on the one connection and never waits on Redis.
            _redis.GetSubscriber().Publish(_channel, payload, CommandFlags.FireAndForget);
        }
        catch (Exception error) when (error is RedisException or ObjectDisposedException)
        {
            // Lost between the check and the send (or sent while stopping): the other hosts catch up from the database.
            // Never thrown at the sender, whose write is committed already.
            logger.LogDebug(error, "A cluster event was not sent");
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Clustered) return;
        var configuration = ConfigurationOptions.Parse(options.Value.Configuration!);
        // Start (and keep serving) while Redis is down; fail fast instead of queueing messages that go stale.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName ??= $"conversationalcare-{Environment.MachineName}";
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        try
        {
            var subscribed = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!subscribed && _redis.IsConnected) subscribed = await TrySubscribeAsync();
                Observe(subscribed && _redis.GetSubscriber().IsConnected(_channel));
                await Task.Delay(CheckEvery, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>Subscribes once; the multiplexer itself renews the subscription after every reconnect.</summary>
    private async Task<bool> TrySubscribeAsync()
    {
        try
        {
            // A queue, not a handler: handlers may run concurrently, and messages must keep their sender's order.
            var queue = await _redis!.GetSubscriber().SubscribeAsync(_channel);
            queue.OnMessage(message => Deliver(message.Message));
            return true;
        }
        catch (RedisException error)
        {
            // Dropped while subscribing: forget the half-made subscription so the retry does not deliver twice.
            logger.LogDebug(error, "Subscribing to {Channel} failed; retrying", options.Value.Channel);
            _redis!.GetSubscriber().UnsubscribeAll(CommandFlags.FireAndForget);
            return false;
        }
    }

    private void Deliver(RedisValue payload)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>((byte[])payload!, ActivityJson.Options);
            if (envelope is null || envelope.Sender == _self) return;
            Received?.Invoke(envelope.Message);
        }
        catch (Exception error)
        {
            // Whatever one message does, the queue must go on delivering the next ones.
            logger.LogWarning(error, "Ignored a message on {Channel} that could not be delivered as a cluster event", options.Value.Channel);
        }
    }

    /// <summary>Logs once per outage, not per message, and tells listeners when to fall back or stop.</summary>
    private void Observe(bool connected)
    {
        if (connected == _connected && (connected || _lostAt is not null)) return;
        _connected = connected;
        if (connected)
        {
            Problem = null;
            if (_lostAt is { } lostAt)
                logger.LogWarning("Redis is reachable again after {Seconds:F0} s: live events cross hosts through it again",
                    (clock.GetUtcNow() - lostAt).TotalSeconds);
            else logger.LogInformation("Connected to Redis: live events cross hosts through channel {Channel}", options.Value.Channel);
            _lostAt = null;
        }
        else
        {
            _lostAt = clock.GetUtcNow();
            Problem = "Redis unreachable: live events fall back to database polling";
            logger.LogWarning("Redis is unreachable ({Endpoints}): live events fall back to polling the database every {Seconds} s until it is back",
                string.Join(", ", _redis?.GetEndPoints().Select(e => e.ToString()) ?? []), options.Value.FallbackPollSeconds);
        }
        ConnectedChanged?.Invoke(connected);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _connected = false;
        if (_redis is null) return;
        try
        {
            await _redis.DisposeAsync();
        }
        catch (NullReferenceException error)
        {
            // StackExchange.Redis #2754: closing can trip over a server connection that is being re-made at that
            // moment. The host is stopping and pub/sub holds nothing to save, so this must not fail the shutdown.
            logger.LogDebug(error, "Closing the Redis connection failed inside StackExchange.Redis; ignored while stopping");
        }
    }

    private sealed record Envelope(Guid Sender, ClusterMessage Message);
}
