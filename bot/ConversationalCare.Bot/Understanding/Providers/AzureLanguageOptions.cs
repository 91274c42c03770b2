using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Bound from ConversationalCare:Understanding:AzureLanguage. With an endpoint and key, sentiment comes from Azure AI
/// Language; without either, the local detector alone reads emotion (the default: no key, no internet).
/// </summary>
public sealed class AzureLanguageOptions : IValidatableObject
{
    public const string Section = UnderstandingOptions.Section + ":AzureLanguage";

    /// <summary>The resource's endpoint, e.g. https://my-language.cognitiveservices.azure.com.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Sent as Ocp-Apim-Subscription-Key.</summary>
    public string? Key { get; set; }

    /// <summary>The longest a customer's turn waits for Azure, retries included, before the local reading is used.</summary>
    [Range(0.2, 30.0)]
    public double TimeoutSeconds { get; set; } = 2.5;

    public bool IsConfigured => Endpoint is not null || !string.IsNullOrWhiteSpace(Key);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        ProviderSettings.Problems(IsConfigured, Section, (nameof(Endpoint), Endpoint), (nameof(Key), Key));
}
