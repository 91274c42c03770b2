namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// The learned signals for one build of the index. Character grams are built with the index (milliseconds); the
/// classifier and the phrasing vectors arrive later from background training, so until then a search fuses what
/// is there. They belong to one build because they speak in its article ordinals.
/// </summary>
internal sealed class FusionModels(CharacterGramIndex characterGrams)
{
    private PhrasingClassifier? classifier;
    private PhrasingVectors? vectors;

    public CharacterGramIndex CharacterGrams { get; } = characterGrams;

    public PhrasingClassifier? Classifier
    {
        get => Volatile.Read(ref classifier);
        set => Volatile.Write(ref classifier, value);
    }

    public PhrasingVectors? Vectors
    {
        get => Volatile.Read(ref vectors);
        set => Volatile.Write(ref vectors, value);
    }
}
