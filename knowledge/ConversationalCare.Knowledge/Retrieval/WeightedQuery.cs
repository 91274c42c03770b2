namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>A customer's question as distinct terms, each weighted by how telling it is.</summary>
internal sealed class WeightedQuery
{
    public WeightedQuery(IReadOnlyList<string> terms, TermWeights weights)
    {
        Terms = terms;
        Weights = terms.ToDictionary(t => t, weights.Of, StringComparer.Ordinal);
        Total = Weights.Values.Sum();
    }

    public IReadOnlyList<string> Terms { get; }
    public IReadOnlyDictionary<string, double> Weights { get; }
    public double Total { get; }

    /// <summary>Sum of the weights of the query terms that <paramref name="terms"/> contains.</summary>
    public double Overlap(IReadOnlySet<string> terms)
    {
        var sum = 0.0;
        foreach (var (term, weight) in Weights)
            if (terms.Contains(term)) sum += weight;
        return sum;
    }
}
