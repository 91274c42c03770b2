namespace ConversationalCare.Knowledge.Training;

/// <summary>
/// The labels and locales phrases may use. The bot owns these names (they are stored on messages and read by
/// escalation), so the host registers them and curation refuses anything else.
/// </summary>
public sealed class TrainingTaxonomy(IReadOnlyList<string> intents, IReadOnlyList<string> emotions, IReadOnlyList<string> locales)
{
    public IReadOnlyList<string> Locales { get; } = locales;

    public IReadOnlyList<string> LabelsOf(TrainingKind kind) => kind == TrainingKind.Intent ? intents : emotions;

    public bool Knows(TrainingKind kind, string label) => LabelsOf(kind).Contains(label, StringComparer.Ordinal);

    public bool Speaks(string locale) => Locales.Contains(locale, StringComparer.Ordinal);
}
