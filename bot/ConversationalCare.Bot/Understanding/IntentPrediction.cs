namespace ConversationalCare.Bot.Understanding;

public sealed record IntentScore(string Intent, double Probability);

/// <summary>
/// What a customer wants. <see cref="Ranked"/> holds every intent best first with probabilities that sum to at most 1;
/// <see cref="Intent"/> is the decision, which is out_of_scope whenever <see cref="IsOutOfScope"/> is set, even if
/// the best-ranked intent is something else that the classifier was not sure enough about.
/// </summary>
public sealed record IntentPrediction(IReadOnlyList<IntentScore> Ranked, bool IsOutOfScope, bool MatchedRule)
{
    public IntentScore Top => Ranked[0];

    public string Intent => IsOutOfScope ? Intents.OutOfScope : Top.Intent;

    public double Confidence => Top.Probability;

    /// <summary>The best in-scope intents, for "did you mean …" suggestions when the bot has to clarify.</summary>
    public IEnumerable<IntentScore> Suggestions(int count) =>
        Ranked.Where(score => score.Intent != Intents.OutOfScope).Take(count);
}
