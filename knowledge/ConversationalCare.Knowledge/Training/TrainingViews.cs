namespace ConversationalCare.Knowledge.Training;

/// <summary>One label of a model with how many phrases teach it now, per locale, and what waits for a publish.</summary>
public sealed record LabelSummary(string Label, IReadOnlyDictionary<string, int> LivePerLocale, int Drafts, int Removals)
{
    public int Live => LivePerLocale.Values.Sum();
}

/// <summary>A model's labels, the version the bot should be running and the changes waiting to be published.</summary>
public sealed record TrainingOverview(
    TrainingKind Kind, long Version, IReadOnlyList<LabelSummary> Labels, PublicationInfo? LastPublication)
{
    public int PendingAdds => Labels.Sum(l => l.Drafts);
    public int PendingRemovals => Labels.Sum(l => l.Removals);
    public int Pending => PendingAdds + PendingRemovals;
}

public sealed record PublicationInfo(long Version, string Actor, DateTimeOffset At, int Added, int Removed);

public sealed record PhraseView(
    long Id, TrainingKind Kind, string Label, string Locale, string Text, PhraseState State, string CreatedBy, DateTimeOffset CreatedAt);

public sealed record PhrasePage(IReadOnlyList<PhraseView> Items, int Total);

/// <summary>A phrase the bot learns from, as the model trainer needs it.</summary>
public sealed record PublishedPhrase(string Text, string Label, string Locale);

/// <summary>Everything one model learns from, read together with the version it amounts to.</summary>
public sealed record PublishedTraining(TrainingKind Kind, long Version, IReadOnlyList<PublishedPhrase> Phrases);

/// <summary>A line that was not added, with the reason to show beside it.</summary>
public sealed record RejectedPhrase(string Text, string Reason);

/// <summary>
/// What adding phrases did: the accepted lines are saved even when others were refused. <see cref="Problem"/> is set
/// when nothing could be added at all (unknown label or locale).
/// </summary>
public sealed record AddPhrasesResult(IReadOnlyList<PhraseView> Added, IReadOnlyList<RejectedPhrase> Rejected, string? Problem = null);

public enum PhraseChange { Done, Unchanged, NotFound }

/// <summary>What a publish did; <see cref="Publication"/> is null when nothing was pending.</summary>
public sealed record PublishResult(PublicationInfo? Publication)
{
    public bool Published => Publication is not null;
}

/// <summary>A shipped phrase the host seeds an empty table with.</summary>
public sealed record SeedPhrase(string Text, string Label, string Locale);
