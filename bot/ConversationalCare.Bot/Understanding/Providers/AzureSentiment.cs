using System.Text.Json;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// What Azure AI Language said about one message: the document's label and confidence scores, and how many
/// opinions (opinion mining: a target such as "delivery" with an assessment such as "late") were negative or positive.
/// </summary>
public sealed record AzureSentiment(string Label, double Positive, double Neutral, double Negative, int NegativeOpinions, int PositiveOpinions)
{
    /// <summary>How pleasant, −1…1: the positive confidence less the negative one (neutral pulls both toward 0).</summary>
    public double Score => Math.Clamp(Positive - Negative, -1, 1);

    private static readonly string[] Labels = ["positive", "neutral", "negative", "mixed"];

    /// <summary>
    /// Reads results.documents[0] of an analyze-text SentimentAnalysisResults body, or null when the body is not
    /// that shape (a document error, a missing score, a label Azure does not document).
    /// </summary>
    public static AzureSentiment? Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object ||
            !body.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Object ||
            !results.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array ||
            documents.GetArrayLength() == 0)
            return null;
        var document = documents[0];
        if (document.ValueKind != JsonValueKind.Object ||
            !document.TryGetProperty("sentiment", out var sentiment) || sentiment.ValueKind != JsonValueKind.String ||
            !Labels.Contains(sentiment.GetString()) ||
            !document.TryGetProperty("confidenceScores", out var scores) ||
            ScoreOf(scores, "positive") is not { } positive || ScoreOf(scores, "neutral") is not { } neutral ||
            ScoreOf(scores, "negative") is not { } negative)
            return null;
        var (negativeOpinions, positiveOpinions) = Opinions(document);
        return new AzureSentiment(sentiment.GetString()!, positive, neutral, negative, negativeOpinions, positiveOpinions);
    }

    private static double? ScoreOf(JsonElement scores, string name) =>
        scores.ValueKind == JsonValueKind.Object && scores.TryGetProperty(name, out var value) &&
        value.ValueKind == JsonValueKind.Number && value.GetDouble() is >= 0 and <= 1 and var score
            ? score
            : null;

    // Assessments already account for negation ("not good" is negative), so their label is counted as given.
    private static (int Negative, int Positive) Opinions(JsonElement document)
    {
        var (negative, positive) = (0, 0);
        if (!document.TryGetProperty("sentences", out var sentences) || sentences.ValueKind != JsonValueKind.Array)
            return (0, 0);
        foreach (var sentence in sentences.EnumerateArray())
        {
            if (sentence.ValueKind != JsonValueKind.Object ||
                !sentence.TryGetProperty("assessments", out var assessments) || assessments.ValueKind != JsonValueKind.Array)
                continue;
            foreach (var assessment in assessments.EnumerateArray())
                switch (assessment.ValueKind == JsonValueKind.Object && assessment.TryGetProperty("sentiment", out var label) && label.ValueKind == JsonValueKind.String ? label.GetString() : null)
                {
                    case "negative": negative++; break;
                    case "positive": positive++; break;
                }
        }
        return (negative, positive);
    }
}
