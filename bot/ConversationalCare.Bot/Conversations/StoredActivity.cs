namespace ConversationalCare.Bot.Conversations;

/// <summary>
/// One activity of a conversation's transcript, in order. The whole activity is kept as JSON so channels get back
/// exactly what was sent (including fields we do not model); the columns beside it are for queries.
/// </summary>
public sealed class StoredActivity
{
    private StoredActivity() { }

    internal StoredActivity(string conversationId, long sequence, string activityId, string type, string? fromRole,
        string? text, string json, DateTimeOffset timestamp)
    {
        ConversationId = conversationId;
        Sequence = sequence;
        ActivityId = activityId;
        Type = type;
        FromRole = fromRole;
        Text = text;
        Json = json;
        Timestamp = timestamp;
    }

    public string ConversationId { get; private set; } = "";
    public long Sequence { get; private set; }
    public string ActivityId { get; private set; } = "";
    public string Type { get; private set; } = "";
    public string? FromRole { get; private set; }
    public string? Text { get; private set; }
    public string Json { get; private set; } = "";
    public DateTimeOffset Timestamp { get; private set; }

    // What the bot understood of a customer message; empty for everything else.
    public string? Intent { get; private set; }
    public double? IntentConfidence { get; private set; }
    public string? Emotion { get; private set; }
    public double? EmotionIntensity { get; private set; }
    public double? Sentiment { get; private set; }

    // What the bot did about a customer message: the answer kind, the article it used, and any escalation.
    public string? Outcome { get; private set; }
    public string? OutcomeReason { get; private set; }
    public string? ArticleKey { get; private set; }
    public string? Escalation { get; private set; }

    /// <summary>Retention: the words go; the columns reports read (type, role, time, intent, emotion, outcome) stay.</summary>
    public bool Anonymise(string? text, string json)
    {
        if (Text == text && Json == json) return false;
        (Text, Json) = (text, json);
        return true;
    }

    /// <summary>The activity id a stored activity gets: its conversation and watermark, so it sorts and never repeats.</summary>
    internal static string IdOf(string conversationId, long sequence) => $"{conversationId}|{sequence:D7}";

    /// <summary>The watermark inside an id made by <see cref="IdOf"/>; null for any other id.</summary>
    internal static long? SequenceOf(string conversationId, string activityId) =>
        activityId.Length > conversationId.Length + 1 && activityId.StartsWith(conversationId, StringComparison.Ordinal)
            && activityId[conversationId.Length] == '|'
            && long.TryParse(activityId.AsSpan(conversationId.Length + 1), System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : null;

    /// <summary>A row known only by its key, for updating columns without reading the row first.</summary>
    internal static StoredActivity KeyOnly(string conversationId, long sequence) => new() { ConversationId = conversationId, Sequence = sequence };

    // The columns each setter below writes: the writer marks them all as changed on a key-only row, since a value
    // equal to the row's default would otherwise not be written.
    internal static readonly string[] OutcomeColumns = [nameof(Outcome), nameof(OutcomeReason), nameof(ArticleKey), nameof(Escalation)];
    internal static readonly string[] AnnotationColumns = [nameof(Intent), nameof(IntentConfidence), nameof(Emotion), nameof(EmotionIntensity), nameof(Sentiment)];

    public void RecordOutcome(TurnOutcome outcome) =>
        (Outcome, OutcomeReason, ArticleKey, Escalation) = (outcome.Kind, outcome.Reason, outcome.ArticleKey, outcome.Escalation);

    public void Annotate(MessageAnnotation annotation) =>
        (Intent, IntentConfidence, Emotion, EmotionIntensity, Sentiment) =
            (annotation.Intent, annotation.IntentConfidence, annotation.Emotion, annotation.EmotionIntensity, annotation.Sentiment);
}

/// <summary>Intent and emotion as stored beside a customer message (columns, so reports can group by them).</summary>
public sealed record MessageAnnotation(string Intent, double IntentConfidence, string Emotion, double EmotionIntensity, double Sentiment);

/// <summary>What the bot decided for a customer message, stored beside it: the gaps list and KPIs read these columns.</summary>
public sealed record TurnOutcome(string Kind, string Reason, string? ArticleKey, string? Escalation);
