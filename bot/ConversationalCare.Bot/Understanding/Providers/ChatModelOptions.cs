using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Bound from ConversationalCare:Understanding:ChatModel: an OpenAI-compatible chat-completion endpoint that names
/// the intent. Without an endpoint, the local classifier alone decides (the default).
/// </summary>
public sealed class ChatModelOptions : IValidatableObject
{
    public const string Section = UnderstandingOptions.Section + ":ChatModel";

    /// <summary>The API base the client appends chat/completions to, e.g. https://api.openai.com/v1 or http://localhost:11434/v1.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model (or deployment) name sent with each request.</summary>
    public string? ModelId { get; set; }

    /// <summary>Sent as a bearer token; a local server that needs none still wants some value.</summary>
    public string? ApiKey { get; set; }

    /// <summary>The longest a customer's turn waits for the model, retries included, before the local intent is used.</summary>
    [Range(0.2, 30.0)]
    public double TimeoutSeconds { get; set; } = 3;

    public bool IsConfigured => Endpoint is not null || !string.IsNullOrWhiteSpace(ModelId) || !string.IsNullOrWhiteSpace(ApiKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ProviderSettings.Problems(IsConfigured, Section, (nameof(Endpoint), Endpoint), (nameof(ModelId), ModelId), (nameof(ApiKey), ApiKey));
}
