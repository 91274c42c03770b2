using System.Text.Json;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>A chat model's answer to "which intent is this?": one of the taxonomy's exact names and a confidence 0–1.</summary>
public sealed record IntentReply(string Intent, double Confidence)
{
    /// <summary>
    /// Reads <c>{"intent": "...", "confidence": 0.9}</c> strictly: one JSON object, a known intent name spelled
    /// exactly, a number within 0–1. Anything else (prose, code fences, a made-up label) is null, never a guess.
    /// </summary>
    public static IntentReply? Parse(string? content)
    {
        if (string.IsNullOrWhiteSpace(content)) return null;
        JsonElement reply;
        try
        {
            reply = JsonSerializer.Deserialize<JsonElement>(content);
        }
        catch (JsonException)
        {
            return null;
        }
        return reply.ValueKind == JsonValueKind.Object &&
               reply.TryGetProperty("intent", out var intent) && intent.ValueKind == JsonValueKind.String &&
               Intents.All.Contains(intent.GetString(), StringComparer.Ordinal) &&
               reply.TryGetProperty("confidence", out var confidence) && confidence.ValueKind == JsonValueKind.Number &&
               confidence.GetDouble() is >= 0 and <= 1 and var probability
            ? new IntentReply(intent.GetString()!, probability)
            : null;
    }
}
