namespace ConversationalCare.Bot.Evaluation;

/// <summary>
/// <c>ConversationalCare.Bot eval …</c>: measures retrieval and understanding on labelled CSVs without starting the
/// web host. Exit code 0 with the figures as the last line of output, 2 for bad arguments or unreadable input.
/// </summary>
public static class EvaluationCommand
{
    public const int Usage = 2;

    private const string Help = """
        usage: eval retrieval --train TRAIN.csv --test TEST.csv [--dev DEV.csv] [--locale en-US|zh-CN]
               eval intent --train TRAIN.csv --test TEST.csv [--oos-threshold 0.35]
               eval emotion --train TRAIN.csv --test TEST.csv
               eval understanding --test FILE.csv
        TRAIN/TEST/DEV are text,label CSVs (label oos = out of scope); FILE is text,intent,emotion.
        With --dev, retrieval answers at the threshold that is most accurate on DEV with at most 4 % wrong answers.
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter? error = null)
    {
        error ??= Console.Error;
        var options = args.Skip(1).ToList();
        var outcome = args.Count == 0 ? new EvaluationOutcome.Failed("missing command") : args[0] switch
        {
            "retrieval" => RetrievalEvaluation.Run(options, output),
            "intent" => IntentEvaluation.Run(options, output),
            "emotion" => EmotionEvaluation.Run(options, output),
            "understanding" => await UnderstandingEvaluation.RunAsync(options, output),
            var other => new EvaluationOutcome.Failed($"unknown command '{other}'"),
        };
        if (outcome is EvaluationOutcome.Failed failed)
        {
            await error.WriteLineAsync($"eval: {failed.Message}");
            if (failed.ShowUsage) await error.WriteLineAsync(Help);
            return Usage;
        }
        return 0;
    }
}

/// <summary>How a command ended: figures written, or why not.</summary>
public abstract record EvaluationOutcome
{
    public static readonly EvaluationOutcome Done = new Succeeded();

    public sealed record Succeeded : EvaluationOutcome;

    public sealed record Failed(string Message, bool ShowUsage = true) : EvaluationOutcome;

    /// <summary>Input that could be parsed as arguments but not read as data: no usage text, just the reason.</summary>
    public static Failed BadInput(string message) => new(message, ShowUsage: false);
}
