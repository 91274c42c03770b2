using ConversationalCare.HandoffConsole.Curation;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// Groups gap occurrences per locale: identical normalised wordings first, then each variant joins the most asked
/// group it is alike to (<see cref="GapWording.SameGap"/>), so a typo does not split a gap in two.
/// </summary>
public static class GapGrouping
{
    public sealed record Group(string Locale, IReadOnlyList<GapOccurrence> Occurrences)
    {
        public IReadOnlyList<string> Variants => Occurrences.Select(o => o.Normalized).Distinct().ToList();

        public GapOccurrence Latest => Occurrences.MaxBy(o => o.At)!;

        /// <summary>The customers' own words for the group: the latest wording of its most asked variant.</summary>
        public GapOccurrence Example => Occurrences
            .GroupBy(o => o.Normalized).OrderByDescending(v => v.Count()).ThenByDescending(v => v.Max(o => o.At))
            .First().MaxBy(o => o.At)!;

        public GapReasons Reasons => new(
            Occurrences.Count(o => o.Kind == GapKind.Unanswered),
            Occurrences.Count(o => o.Kind == GapKind.Unclear),
            Occurrences.Count(o => o.Kind == GapKind.RatedNotHelpful));
    }

    public static IReadOnlyList<Group> Of(IEnumerable<GapOccurrence> occurrences)
    {
        var groups = new List<List<GapOccurrence>>();
        var variants = occurrences.Where(o => o.Normalized.Length > 0)
            .GroupBy(o => (o.Locale, o.Normalized))
            .OrderByDescending(v => v.Count()).ThenByDescending(v => v.Max(o => o.At)).ThenBy(v => v.Key.Normalized, StringComparer.Ordinal);
        foreach (var perLocale in variants.GroupBy(v => v.Key.Locale))
        {
            var wordings = perLocale.Select(v => (Members: v.ToList(), Bigrams: GapWording.Bigrams(v.Key.Normalized))).ToList();
            var index = new BigramIndex(wordings.Select(w => w.Bigrams));
            foreach (var (members, bigrams) in wordings)
            {
                var encoded = index.Encode(bigrams);
                if (index.MostAlike(encoded) is { } home) groups[home].AddRange(members);
                else
                {
                    groups.Add(members);
                    index.Add(encoded, groups.Count - 1);
                }
            }
        }
        return groups
            .Select(g => new Group(g[0].Locale, g))
            .OrderByDescending(g => g.Occurrences.Count).ThenByDescending(g => g.Latest.At)
            .ToList();
    }

    /// <summary>
    /// Finds alike groups without comparing a wording with every group (prefix filtering): with bigrams ranked rarest
    /// first, two sets this alike must share one of the first third or so of each, so only those are indexed and probed,
    /// and common bigrams ("th", "my") never make every group a candidate. Candidates are then checked exactly, oldest
    /// (most asked) first, on sorted rank arrays.
    /// </summary>
    private sealed class BigramIndex(IEnumerable<HashSet<string>> all)
    {
        // Dice ≥ d is Jaccard ≥ d / (2 − d); the prefix bound is stated for Jaccard.
        private static readonly double Jaccard = GapWording.SameGap / (2 - GapWording.SameGap);
        private readonly Dictionary<string, int> rank = all.SelectMany(b => b)
            .GroupBy(b => b, StringComparer.Ordinal).OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => (g.Key, Rank: i)).ToDictionary(x => x.Key, x => x.Rank, StringComparer.Ordinal);
        private readonly Dictionary<int, List<int>> postings = [];
        private readonly Dictionary<int, int[]> representatives = [];
        private readonly HashSet<int> seen = [];

        /// <summary>The bigrams as ranks in ascending order: rarest first, so a prefix is the rarest few.</summary>
        public int[] Encode(HashSet<string> bigrams) => bigrams.Select(b => rank[b]).Order().ToArray();

        public void Add(int[] bigrams, int group)
        {
            representatives[group] = bigrams;
            foreach (var bigram in bigrams.Take(PrefixLength(bigrams.Length)))
            {
                if (!postings.TryGetValue(bigram, out var groups)) postings[bigram] = groups = [];
                groups.Add(group);
            }
        }

        /// <summary>The earliest-made (most asked) group alike enough, or null.</summary>
        public int? MostAlike(int[] bigrams)
        {
            var candidates = new List<int>();
            seen.Clear();
            for (var i = 0; i < PrefixLength(bigrams.Length) && i < bigrams.Length; i++)
                if (postings.TryGetValue(bigrams[i], out var groups))
                    foreach (var group in groups)
                        if (seen.Add(group) && SizesCanMatch(bigrams.Length, representatives[group].Length)) candidates.Add(group);
            candidates.Sort();
            foreach (var group in candidates)
                if (Dice(bigrams, representatives[group]) >= GapWording.SameGap) return group;
            return null;
        }

        private static int PrefixLength(int size) => Math.Max(1, size - (int)Math.Ceiling(Jaccard * size - 1e-9) + 1);

        // Dice ≥ d needs the smaller set to hold at least d / (2 − d) of the larger one.
        private static bool SizesCanMatch(int a, int b) => 2.0 * Math.Min(a, b) / (a + b) >= GapWording.SameGap;

        /// <summary>Dice of two sorted rank arrays, giving up as soon as the threshold is out of reach.</summary>
        private static double Dice(int[] a, int[] b)
        {
            var needed = (int)Math.Ceiling(GapWording.SameGap * (a.Length + b.Length) / 2 - 1e-9);
            int i = 0, j = 0, shared = 0;
            while (i < a.Length && j < b.Length && shared + Math.Min(a.Length - i, b.Length - j) >= needed)
            {
                if (a[i] == b[j]) (shared, i, j) = (shared + 1, i + 1, j + 1);
                else if (a[i] < b[j]) i++;
                else j++;
            }
            return a.Length + b.Length == 0 ? 0 : 2.0 * shared / (a.Length + b.Length);
        }
    }
}
