namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// Every logger the host hands out masks emails, phone numbers and order numbers in the values it is given, whatever
/// provider writes the line (console, OTLP, a test's capture): a log line is an export, and customers' data stays in
/// the transcript. Placed around the factory rather than the providers, so providers added later are covered too.
/// </summary>
public sealed class MaskingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new MaskingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();

    private sealed class MaskingLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!inner.IsEnabled(logLevel)) return;
            if (MaskedLogState.Of(state, exception, formatter) is { } masked)
                inner.Log(logLevel, eventId, masked, exception, MaskedLogState.Format);
            else
                inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
