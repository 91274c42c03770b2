namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>
/// TF-IDF cosine over character 2–4-grams of every phrasing (question and alternates). It forgives what words do
/// not: typos ("pasword"), run-together words, inflections the stemmer misses, and Chinese without segmentation.
/// An inverted index keeps a query proportional to the grams it shares, not to the number of phrasings.
/// </summary>
internal sealed class CharacterGramIndex
{
    private const int MinGram = 2;
    private const int MaxGram = 4;
    private const int MinCommonGramPostings = 64;
    private const int CommonGramShare = 8;

    private readonly Dictionary<ulong, Posting[]> postings;
    private readonly Dictionary<ulong, float> idf;
    private readonly int[] articleOfPhrasing;
    // A gram no phrasing has is as rare as can be: it counts fully against the query's similarity.
    private readonly float unknownIdf;
    // Grams in more phrasings than this (" th", "ing ") weigh little but cost the most to score, so their share of
    // the dot product is left out; they still count in the query's length. Keeps large knowledge bases fast.
    private readonly int commonGramPostings;

    private CharacterGramIndex(Dictionary<ulong, Posting[]> postings, Dictionary<ulong, float> idf, int[] articleOfPhrasing)
    {
        this.postings = postings;
        this.idf = idf;
        this.articleOfPhrasing = articleOfPhrasing;
        unknownIdf = (float)Math.Log(1 + Math.Max(1, articleOfPhrasing.Length));
        commonGramPostings = Math.Max(MinCommonGramPostings, articleOfPhrasing.Length / CommonGramShare);
    }

    public static CharacterGramIndex Build(IReadOnlyList<IndexedArticle> articles)
    {
        var phrasings = new List<(int Article, Dictionary<ulong, int> Grams)>();
        for (var ordinal = 0; ordinal < articles.Count; ordinal++)
        {
            var article = articles[ordinal].Article;
            foreach (var text in article.AlternateQuestions.Prepend(article.Question))
                phrasings.Add((ordinal, Grams(PhrasingText.Normalize(text))));
        }

        var documentFrequency = new Dictionary<ulong, int>();
        foreach (var (_, grams) in phrasings)
            foreach (var gram in grams.Keys)
                documentFrequency[gram] = documentFrequency.GetValueOrDefault(gram) + 1;
        var idf = documentFrequency.ToDictionary(p => p.Key, p => (float)Math.Log(1 + (double)phrasings.Count / p.Value));

        var lists = new Dictionary<ulong, List<Posting>>();
        for (var i = 0; i < phrasings.Count; i++)
            foreach (var (gram, weight) in Weigh(phrasings[i].Grams, idf, 0))
            {
                if (!lists.TryGetValue(gram, out var list)) lists[gram] = list = [];
                list.Add(new Posting(i, weight));
            }
        return new CharacterGramIndex(
            lists.ToDictionary(p => p.Key, p => p.Value.ToArray()), idf, phrasings.Select(p => p.Article).ToArray());
    }

    /// <summary>Per article ordinal, the cosine of the closest phrasing (0..1); articles sharing nothing are absent.</summary>
    public Dictionary<int, double> Similarities(string question)
    {
        var dot = new float[articleOfPhrasing.Length];
        var touched = new List<int>();
        foreach (var (gram, weight) in Weigh(Grams(PhrasingText.Normalize(question)), idf, unknownIdf))
        {
            if (!postings.TryGetValue(gram, out var list) || list.Length > commonGramPostings) continue;
            foreach (var posting in list)
            {
                if (dot[posting.Phrasing] == 0) touched.Add(posting.Phrasing);
                dot[posting.Phrasing] += weight * posting.Weight;
            }
        }

        var best = new Dictionary<int, double>();
        foreach (var phrasing in touched)
        {
            var article = articleOfPhrasing[phrasing];
            if (dot[phrasing] > best.GetValueOrDefault(article)) best[article] = Math.Min(1, dot[phrasing]);
        }
        return best;
    }

    // A gram packed into 64 bits (four UTF-16 units; shorter grams leave zeros, which normalized text never holds).
    private static Dictionary<ulong, int> Grams(string text)
    {
        // Spaces at the edges let a short word ("tv", "2fa") form grams of its own.
        var padded = " " + text + " ";
        var grams = new Dictionary<ulong, int>();
        for (var n = MinGram; n <= MaxGram; n++)
            for (var start = 0; start + n <= padded.Length; start++)
            {
                ulong key = 0;
                var blank = true;
                for (var i = 0; i < n; i++)
                {
                    var c = padded[start + i];
                    blank &= c == ' ';
                    key = (key << 16) | c;
                }
                if (!blank) grams[key] = grams.GetValueOrDefault(key) + 1;
            }
        return grams;
    }

    // Unknown grams (absent from every phrasing) still lengthen the query: a long off-topic message is less similar.
    private static Dictionary<ulong, float> Weigh(Dictionary<ulong, int> grams, Dictionary<ulong, float> idf, float unknownIdf)
    {
        var weights = new Dictionary<ulong, float>(grams.Count);
        var squares = 0f;
        foreach (var (gram, count) in grams)
        {
            var weight = (float)(1 + Math.Log(count)) * idf.GetValueOrDefault(gram, unknownIdf);
            weights[gram] = weight;
            squares += weight * weight;
        }
        if (squares == 0) return weights;
        var norm = MathF.Sqrt(squares);
        foreach (var gram in grams.Keys) weights[gram] /= norm;
        return weights;
    }

    private readonly record struct Posting(int Phrasing, float Weight);
}
