using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

/// <summary>Keeps every log line written, so a test can read what an operator would see.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Lines { get; } = new();

    /// <summary>Warnings our providers wrote (the resilience pipeline's own telemetry is left out).</summary>
    public IEnumerable<string> Warnings => Lines
        .Where(line => line.Level == LogLevel.Warning && line.Category.StartsWith("ConversationalCare.Bot.Understanding.Providers", StringComparison.Ordinal))
        .Select(line => line.Message);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Lines.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
