namespace ConversationalCare.Bot.Evaluation;

/// <summary>Accuracy and F1 from gold and predicted labels; macro F1 averages over every label seen in either.</summary>
public sealed record ClassificationMetrics(int N, double Accuracy, double MacroF1, IReadOnlyDictionary<string, double> PerLabelF1)
{
    public static ClassificationMetrics Of(IReadOnlyList<(string Gold, string Predicted)> pairs)
    {
        if (pairs.Count == 0) return new(0, 0, 0, new Dictionary<string, double>());
        var labels = pairs.SelectMany(p => new[] { p.Gold, p.Predicted }).Distinct().Order(StringComparer.Ordinal).ToList();
        var perLabel = labels.ToDictionary(label => label, label => F1(pairs, label.Equals));
        var accuracy = (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count;
        return new(pairs.Count, accuracy, perLabel.Values.Average(), perLabel);
    }

    /// <summary>F1 of one class against the rest, where <paramref name="positive"/> says which labels are the class.</summary>
    public static double F1(IReadOnlyList<(string Gold, string Predicted)> pairs, Func<string, bool> positive)
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0;
        foreach (var (gold, predicted) in pairs)
        {
            bool g = positive(gold), p = positive(predicted);
            if (g && p) truePositive++;
            else if (p) falsePositive++;
            else if (g) falseNegative++;
        }
        var denominator = 2 * truePositive + falsePositive + falseNegative;
        return denominator == 0 ? 0 : 2.0 * truePositive / denominator;
    }
}
