namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// The non-lexical evidence for one question, and the rule that folds it into the calibrated lexical score.
/// </summary>
internal sealed class FusionSignals(double[]? probabilities, Dictionary<int, double> grams, Dictionary<int, double>? vectors)
{
    // Tuned on the offline demo sets beside the retrieval tests (new paraphrases plus out-of-scope messages, both
    // languages) with every existing retrieval test still passing. A signal's weight is the most it can add alone.
    private const double ClassifierWeight = 0.6;
    private const double GramsWeight = 0.3;
    private const double VectorsWeight = 0.3;
    // Similarities below these are what unrelated texts share (common grams, a model's baseline cosine): no evidence.
    private const double GramsFloor = 0.3;
    private const double VectorsFloor = 0.3;

    /// <summary>Each signal's best articles (that <paramref name="eligible"/> allows), best first.</summary>
    public IEnumerable<int> Nominees(int perSignal, Func<int, bool> eligible)
    {
        IEnumerable<int> Best(IEnumerable<KeyValuePair<int, double>> scores) =>
            scores.Where(s => s.Value > 0 && eligible(s.Key)).OrderByDescending(s => s.Value).Take(perSignal).Select(s => s.Key);

        var nominees = Best(grams);
        if (probabilities is not null) nominees = nominees.Concat(Best(probabilities.Select((p, o) => KeyValuePair.Create(o, p))));
        if (vectors is not null) nominees = nominees.Concat(Best(vectors));
        return nominees;
    }

    /// <summary>
    /// Noisy-OR: the article is wrong only if every signal misses it, so independent signals agreeing push the score
    /// up, one weak signal alone barely moves it, and an article nothing supports stays near zero (out of scope).
    /// Lexical keeps its full weight because <see cref="MatchCalibrator"/> already speaks the 0..1 threshold scale.
    /// </summary>
    public double Fuse(int ordinal, double lexical)
    {
        var gramEvidence = AboveFloor(grams.GetValueOrDefault(ordinal), GramsFloor);
        var vectorEvidence = vectors is null ? 0 : AboveFloor(vectors.GetValueOrDefault(ordinal), VectorsFloor);
        // A classifier must pick some article for any text, so on its own it is no evidence the question is in scope.
        if (lexical == 0 && gramEvidence == 0 && vectorEvidence == 0) return 0;
        var miss = (1 - lexical) * (1 - GramsWeight * gramEvidence);
        if (probabilities is not null) miss *= 1 - ClassifierWeight * probabilities[ordinal];
        miss *= 1 - VectorsWeight * vectorEvidence;
        return Math.Clamp(1 - miss, 0, 1);
    }

    private static double AboveFloor(double similarity, double floor) => Math.Clamp((similarity - floor) / (1 - floor), 0, 1);
}
