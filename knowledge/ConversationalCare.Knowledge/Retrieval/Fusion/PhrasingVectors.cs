namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>Unit-length embedding vectors of every phrasing, with the article each belongs to.</summary>
internal sealed class PhrasingVectors(IReadOnlyList<float[]> vectors, IReadOnlyList<int> articleOfPhrasing)
{
    /// <summary>Per article ordinal, the cosine of its closest phrasing to <paramref name="query"/> (unit length).</summary>
    public Dictionary<int, double> Similarities(ReadOnlySpan<float> query)
    {
        var best = new Dictionary<int, double>();
        for (var i = 0; i < vectors.Count; i++)
        {
            var vector = vectors[i];
            if (vector.Length != query.Length) continue;
            var cosine = (double)System.Numerics.Tensors.TensorPrimitives.Dot(query, vector);
            var article = articleOfPhrasing[i];
            if (!best.TryGetValue(article, out var current) || cosine > current) best[article] = cosine;
        }
        return best;
    }

    public static float[] UnitLength(ReadOnlySpan<float> vector)
    {
        var copy = vector.ToArray();
        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(copy);
        if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(copy, norm, copy);
        return copy;
    }
}
