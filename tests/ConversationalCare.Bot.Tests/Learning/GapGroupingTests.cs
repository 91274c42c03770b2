using ConversationalCare.Bot.Learning;

namespace ConversationalCare.Bot.Tests.Learning;

public class GapGroupingTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private static GapOccurrence Asked(string text, string locale = "en-US", int minutes = 0, GapKind kind = GapKind.Unanswered) =>
        new(locale, text, GapWording.Normalize(text), At.AddMinutes(minutes), $"c{minutes}", kind);

    [Theory]
    [InlineData("Can I pay with SEASHELLS?!", "can i pay with seashells")]
    [InlineData("  退货？  ", "退货")]
    [InlineData("退货?", "退货")]
    [InlineData("where's my   parcel…", "where s my parcel")]
    public void Normalises_case_punctuation_and_spacing(string text, string normalized) =>
        Assert.Equal(normalized, GapWording.Normalize(text));

    [Fact]
    public void Groups_the_same_question_with_a_typo_and_keeps_different_questions_and_locales_apart()
    {
        var groups = GapGrouping.Of(
        [
            Asked("Can I pay with seashells?", minutes: 1),
            Asked("can i pay with seashells", minutes: 2),
            Asked("can i pay with seashels", minutes: 3, kind: GapKind.Unclear),
            Asked("do you deliver to the moon", minutes: 4),
            Asked("能用贝壳付款吗", "zh-CN", minutes: 5),
        ]);

        Assert.Equal(3, groups.Count);
        var seashells = groups[0];
        Assert.Equal(3, seashells.Occurrences.Count);
        Assert.Equal("can i pay with seashells", seashells.Example.Text);
        Assert.Equal(["can i pay with seashells", "can i pay with seashels"], seashells.Variants);
        Assert.Equal(new(2, 1, 0), seashells.Reasons);
        Assert.Equal("c3", seashells.Latest.ConversationId);
        Assert.Equal(["do you deliver to the moon", "能用贝壳付款吗"], groups.Skip(1).Select(g => g.Example.Text).Order(StringComparer.Ordinal));
    }
    [Fact]
    public void Joins_every_typo_to_its_question_in_a_busy_quarter_of_five_thousand()
    {
        // Customers' own words (the held-out chat messages' vocabulary), common words far more often than rare ones,
        // six to nine a question, a third asked again with a typo.
        var random = new Random(7);
        var vocabulary = File.ReadLines(Understanding.TrainedUnderstanding.TestFile("heldout.csv")).Skip(1)
            .SelectMany(line => line.Split([',', ' ', '"', '?', '.', '!'], StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(word => word.ToLowerInvariant()).OrderByDescending(g => g.Count()).Select(g => g.Key).ToArray();
        string Word() => vocabulary[(int)(vocabulary.Length * Math.Pow(random.NextDouble(), 2))];
        var asked = new List<GapOccurrence>();
        var questions = new HashSet<string>();
        for (var i = 0; asked.Count < 5000; i++)
        {
            var question = string.Join(' ', Enumerable.Range(0, random.Next(6, 10)).Select(_ => Word()));
            questions.Add(question);
            asked.Add(Asked(question, minutes: i));
            if (random.Next(3) == 0) asked.Add(Asked(question[..^1], minutes: i));
        }

        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var groups = GapGrouping.Of(asked);
        watch.Stop();
        cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;

        Assert.Equal(asked.Count, groups.Sum(g => g.Occurrences.Count));
        Assert.Equal(questions.Count, groups.Count);
        Assert.All(groups, g => Assert.Single(g.Occurrences.Select(o => o.Text).Where(questions.Contains).Distinct()));
        Console.WriteLine($"Grouped {asked.Count} questions into {groups.Count} gaps in {watch.Elapsed.TotalMilliseconds:F0} ms ({cpu.TotalMilliseconds:F0} ms of CPU)");
    }
}
