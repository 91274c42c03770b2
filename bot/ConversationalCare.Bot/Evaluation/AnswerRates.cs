namespace ConversationalCare.Bot.Evaluation;

/// <summary>
/// What a customer feels of a model's decisions: how often it answered wrongly (a wrong label or article, or any
/// answer to an out-of-scope message), how often it clarified instead, and how often an answer it gave was right.
/// A wrong answer costs more than a clarification, so these are read beside accuracy.
/// </summary>
public sealed record AnswerRates(double WrongAnswerRate, double ClarifyRate, double AnsweredAccuracy)
{
    /// <summary>One decision: whether it answered, whether it asked to clarify instead, and whether an answer was right.</summary>
    public readonly record struct Decision(bool Answered, bool Clarified, bool Right);

    public static AnswerRates Of(IReadOnlyList<Decision> decisions)
    {
        if (decisions.Count == 0) return new(0, 0, 0);
        var answered = decisions.Count(d => d.Answered);
        var right = decisions.Count(d => d.Answered && d.Right);
        return new(
            EvaluationReport.Round((double)(answered - right) / decisions.Count),
            EvaluationReport.Round((double)decisions.Count(d => !d.Answered && d.Clarified) / decisions.Count),
            EvaluationReport.Round(answered == 0 ? 0 : (double)right / answered));
    }

    /// <summary>
    /// For classifiers: predicting out of scope is not answering (the bot falls back to asking or searching), and
    /// there is no separate clarification, so every unanswered message counts as clarified.
    /// </summary>
    public static AnswerRates OfLabels(IReadOnlyList<(string Gold, string Predicted)> pairs, string outOfScope) =>
        Of([.. pairs.Select(p => new Decision(p.Predicted != outOfScope, p.Predicted == outOfScope, p.Predicted == p.Gold))]);

    public string Summary => $"  answered right {EvaluationReport.Percent(AnsweredAccuracy)}  wrong answers {EvaluationReport.Percent(WrongAnswerRate)}  clarified {EvaluationReport.Percent(ClarifyRate)}";
}
