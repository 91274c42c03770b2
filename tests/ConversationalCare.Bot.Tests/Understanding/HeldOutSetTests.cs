using ConversationalCare.Bot.Understanding;
using Xunit.Abstractions;

namespace ConversationalCare.Bot.Tests.Understanding;

/// <summary>
/// The shipped models against realistic customer messages written apart from the training data, in both languages
/// (heldout.csv: text,intent,emotion, the format of the evaluation command).
/// </summary>
[Collection(UnderstandingCollection.Name)]
public class HeldOutSetTests(TrainedUnderstanding understanding, ITestOutputHelper output)
{
    private static readonly IReadOnlyList<IReadOnlyDictionary<string, string>> Messages = ReadHeldOut();

    [Fact]
    public void Gets_at_least_85_percent_of_held_out_intents_right()
    {
        var misses = Messages
            .Select(row => (row, predicted: understanding.Intents.Classify(row["text"], LocaleOf(row["text"])).Intent))
            .Where(result => result.predicted != result.row["intent"])
            .ToList();
        foreach (var (row, predicted) in misses) output.WriteLine($"intent miss: {row["text"]} → {predicted} (want {row["intent"]})");

        var accuracy = 1 - (double)misses.Count / Messages.Count;
        output.WriteLine($"intent accuracy {accuracy:0.000} on {Messages.Count} messages");
        Assert.True(accuracy >= 0.85, $"intent accuracy {accuracy:0.000}");
    }

    [Fact]
    public void Tells_negative_feelings_from_the_rest_with_an_f1_of_at_least_85_percent()
    {
        int truePositive = 0, falsePositive = 0, falseNegative = 0, labelsRight = 0;
        foreach (var row in Messages)
        {
            var reading = understanding.Emotions.Detect(row["text"], LocaleOf(row["text"]));
            var expected = Emotions.IsNegative(row["emotion"]);
            if (reading.Label == row["emotion"]) labelsRight++;
            else output.WriteLine($"emotion miss: {row["text"]} → {reading.Label} {reading.Intensity:0.00} (want {row["emotion"]})");
            if (reading.IsNegative && expected) truePositive++;
            else if (reading.IsNegative) falsePositive++;
            else if (expected) falseNegative++;
        }

        var f1 = 2.0 * truePositive / (2 * truePositive + falsePositive + falseNegative);
        output.WriteLine($"negative F1 {f1:0.000}; emotion label accuracy {(double)labelsRight / Messages.Count:0.000}");
        Assert.True(f1 >= 0.85, $"negative F1 {f1:0.000}");
    }

    private static string LocaleOf(string text) => LanguageMiddleware.LanguageOf(text) ?? "en-US";

    private static List<IReadOnlyDictionary<string, string>> ReadHeldOut()
    {
        using var reader = new StreamReader(TrainedUnderstanding.TestFile("heldout.csv"));
        return UtteranceCsv.Rows(reader).ToList();
    }
}
