namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Joins the local reading with Azure's sentiment. Azure has no emotion classes, so the local label stays; Azure's
/// sentiment (positive − negative confidence) replaces the local one, being a larger model's view of pleasantness.
/// Intensity is how strongly the label is felt, so Azure moves it only as evidence about that label:
/// <list type="bullet">
/// <item>Azure agrees with the label's direction (an angry message Azure finds negative): the stronger of the local
/// intensity and Azure's polarity, plus 0.05 per mined opinion in that direction ("delivery" → "late" is one specific
/// grievance, like a local cue). Never lowered, so what the local cues saw (shouting, a complaint threat) still counts.</item>
/// <item>Azure confidently disagrees (a "frustrated" message Azure finds positive, often sarcasm or thanks): lowered by
/// up to half, in proportion to Azure's confidence, so a doubtful label is less likely to escalate on its own.</item>
/// <item>Neutral label: unchanged, since a neutral label's intensity measures the model's doubt, not a feeling.</item>
/// </list>
/// </summary>
public static class AzureEmotionBlend
{
    public const double PerOpinion = 0.05;

    public static EmotionReading Combine(EmotionReading local, AzureSentiment azure)
    {
        var score = azure.Score;
        var direction = Math.Sign(Emotions.Valence(local.Label));
        var intensity = local.Intensity;
        if (direction != 0 && Math.Sign(score) == direction)
        {
            var opinions = direction < 0 ? azure.NegativeOpinions : azure.PositiveOpinions;
            intensity = Math.Max(local.Intensity, Math.Abs(score)) + PerOpinion * opinions;
        }
        else if (direction != 0 && Math.Sign(score) == -direction)
            intensity = local.Intensity * (1 - Math.Abs(score) / 2);
        return local with
        {
            Intensity = Math.Round(Math.Clamp(intensity, 0, 1), 3),
            Sentiment = Math.Round(score, 3),
        };
    }
}
