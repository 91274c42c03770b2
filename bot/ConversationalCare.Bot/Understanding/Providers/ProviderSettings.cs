using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>What every provider's settings must satisfy: all of them or none, and an absolute http(s) endpoint.</summary>
internal static class ProviderSettings
{
    // Half a configuration is a typo, not a choice: refusing to start says so, where silently staying local would not.
    public static IEnumerable<ValidationResult> Problems(bool configured, string section, params (string Name, object? Value)[] settings)
    {
        if (!configured) yield break;
        foreach (var (name, value) in settings)
            if (value is null || value is string text && string.IsNullOrWhiteSpace(text))
                yield return new ValidationResult($"{section}:{name} is required once any {section} setting is given.", [name]);
            else if (value is Uri uri && (!uri.IsAbsoluteUri || uri.Scheme is not ("http" or "https")))
                yield return new ValidationResult($"{section}:{name} must be an absolute http or https address.", [name]);
    }
}
