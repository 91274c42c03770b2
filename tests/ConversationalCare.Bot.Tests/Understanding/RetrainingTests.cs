using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Tests.Understanding;

/// <summary>Content owners publish new utterances; the bot's answers change without a restart.</summary>
public class RetrainingTests
{
    private static readonly IReadOnlyList<Utterance> Shipped =
        UtteranceCsv.Read(Path.Combine(AppContext.BaseDirectory, "Understanding", "Training", "intents.csv"), "intent");

    private static LocalIntentClassifier NewClassifier() =>
        new(new CsvUtteranceSource(Options.Create(new UnderstandingOptions())), new StaticOptions(new UnderstandingOptions()),
            NullLogger<LocalIntentClassifier>.Instance);

    [Fact]
    public void Published_utterances_change_the_classification_without_a_restart()
    {
        var classifier = NewClassifier();
        const string message = "tell me about the glowpod plan";
        var before = classifier.Classify(message, "en-US");

        // The shop launches a product the shipped data never heard of; its content owner teaches the bot about it.
        string[] launch = ["what is the glowpod plan", "glowpod plan price", "how does glowpod work", "is glowpod worth it", "glowpod features", "explain glowpod"];
        classifier.Retrain(Shipped.Concat(launch.Select(text => new Utterance(text, Intents.ProductQuestion, "en-US"))));

        Assert.True(before.IsOutOfScope);
        Assert.Equal(Intents.ProductQuestion, classifier.Classify(message, "en-US").Intent);
    }

    [Fact]
    public async Task Classifies_throughout_a_retrain_from_many_threads()
    {
        var classifier = NewClassifier();
        await classifier.Model.EnsureTrainingAsync();
        using var stop = new CancellationTokenSource();

        var customers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var answered = 0;
            while (!stop.IsCancellationRequested && answered < 100_000)
            {
                Assert.Equal(Intents.OrderStatus, classifier.Classify("where is my parcel", "en-US").Intent);
                answered++;
            }
            return answered;
        })).ToArray();
        classifier.Retrain(Shipped);
        stop.Cancel();

        Assert.All(await Task.WhenAll(customers), answered => Assert.True(answered > 0));
    }

    [Fact]
    public void A_message_before_training_finishes_waits_for_the_model()
    {
        var classifier = NewClassifier();

        var prediction = classifier.Classify("where is my parcel", "en-US");

        Assert.True(classifier.IsReady);
        Assert.Equal(Intents.OrderStatus, prediction.Intent);
    }
}
