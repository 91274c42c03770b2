namespace ConversationalCare.Knowledge.Training;

/// <summary>
/// One example the bot learns an intent or an emotion from, curated by content owners. Drafts wait for a publish;
/// a published phrase marked for removal keeps teaching until the removal is published.
/// </summary>
public sealed class TrainingPhrase
{
    private TrainingPhrase() { }

    internal static TrainingPhrase Draft(TrainingKind kind, string label, string locale, string text, string actor, DateTimeOffset now) => new()
    {
        Kind = kind,
        Label = label,
        Locale = locale,
        Text = text,
        Fingerprint = PhraseRules.Fingerprint(text),
        State = PhraseState.Draft,
        CreatedBy = actor,
        CreatedAt = now,
    };

    /// <summary>A phrase the product ships, live from the first start.</summary>
    internal static TrainingPhrase Seeded(TrainingKind kind, string label, string locale, string text, string actor, DateTimeOffset now, long publication)
    {
        var phrase = Draft(kind, label, locale, text, actor, now);
        phrase.State = PhraseState.Published;
        phrase.PublishedBy = actor;
        phrase.PublishedAt = now;
        phrase.PublishedIn = publication;
        return phrase;
    }

    public long Id { get; private set; }
    public TrainingKind Kind { get; private set; }
    public string Label { get; private set; } = "";
    public string Locale { get; private set; } = "";
    public string Text { get; private set; } = "";
    /// <summary>Case- and space-folded text; unique per kind and locale among phrases not removed.</summary>
    public string Fingerprint { get; private set; } = "";
    public PhraseState State { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public string? PublishedBy { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>The publication (training version) that made it live.</summary>
    public long? PublishedIn { get; private set; }
    public string? RemovalRequestedBy { get; private set; }
    public DateTimeOffset? RemovalRequestedAt { get; private set; }
    /// <summary>The publication that took it out of the bot's training.</summary>
    public long? RemovedIn { get; private set; }

    public bool IsLive => State is PhraseState.Published or PhraseState.RemovalPending;
}
