using System.Runtime.CompilerServices;
using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Tests.Understanding;

/// <summary>The shipped models, trained once from the shipped CSVs and shared by every understanding test.</summary>
public sealed class TrainedUnderstanding
{
    public TrainedUnderstanding()
    {
        var source = new CsvUtteranceSource(Options.Create(new UnderstandingOptions()));
        Intents = new LocalIntentClassifier(source, new StaticOptions(new UnderstandingOptions()), NullLogger<LocalIntentClassifier>.Instance);
        Emotions = new LocalEmotionDetector(source, NullLogger<LocalEmotionDetector>.Instance);
        Task.WhenAll(Intents.Model.EnsureTrainingAsync(), Emotions.Model.EnsureTrainingAsync()).GetAwaiter().GetResult();
    }

    public LocalIntentClassifier Intents { get; }

    public LocalEmotionDetector Emotions { get; }

    /// <summary>A file beside this test's source, found from the build output when the source path is not at hand.</summary>
    public static string TestFile(string name, [CallerFilePath] string here = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(here) ?? "", name);
        if (File.Exists(besideSource)) return besideSource;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "ConversationalCare.Bot.Tests", "Understanding", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"Cannot find the test file {name}.");
    }
}

public sealed class StaticOptions(UnderstandingOptions value) : IOptionsMonitor<UnderstandingOptions>
{
    public UnderstandingOptions CurrentValue => value;

    public UnderstandingOptions Get(string? name) => value;

    public IDisposable? OnChange(Action<UnderstandingOptions, string?> listener) => null;
}

[CollectionDefinition(Name)]
public sealed class UnderstandingCollection : ICollectionFixture<TrainedUnderstanding>
{
    public const string Name = "understanding";
}
