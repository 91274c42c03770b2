namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// A cloud provider's answer, or why there is none. A failure is an expected outcome (the service is down, slow or
/// talking nonsense), so it is a value; the reason is written for logs and never holds the customer's words.
/// </summary>
public sealed record ProviderAnswer<T>(T? Value, string? Failure) where T : class
{
    public static ProviderAnswer<T> Answered(T value) => new(value, null);

    public static ProviderAnswer<T> Failed(string reason) => new(null, reason);
}
