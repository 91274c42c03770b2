namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Joins a chat model's intent with the local ranking: the model's label first with its own confidence, then the
/// other intents in the local order, sharing what confidence is left in their local proportions (each capped at the
/// model's, so the ranking stays best first). Out of scope follows the same threshold the local classifier uses.
/// </summary>
public static class IntentBlend
{
    public static IntentPrediction Combine(IntentPrediction local, IntentReply model, double outOfScopeThreshold)
    {
        var others = local.Ranked.Where(score => score.Intent != model.Intent).ToList();
        var otherMass = others.Sum(score => score.Probability);
        var remaining = 1 - model.Confidence;
        IntentScore[] ranked =
        [
            new(model.Intent, model.Confidence),
            .. others.Select(score => new IntentScore(score.Intent,
                Math.Min(model.Confidence, otherMass > 0 ? remaining * score.Probability / otherMass : 0))),
        ];
        var outOfScope = model.Intent == Intents.OutOfScope || model.Confidence < outOfScopeThreshold;
        return new IntentPrediction(ranked, outOfScope, MatchedRule: false);
    }
}
