namespace ConversationalCare.Bot.Evaluation;

/// <summary>The <c>--name value</c> options after an eval subcommand.</summary>
public sealed class EvaluationArguments
{
    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

    private EvaluationArguments() { }

    public string? Error { get; private set; }

    public string? this[string name] => values.GetValueOrDefault(name);

    public static EvaluationArguments Parse(IReadOnlyList<string> args, params string[] allowed)
    {
        var parsed = new EvaluationArguments();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
                return parsed.Fail($"unknown option '{args[i]}' (expected {string.Join(", ", allowed.Select(a => "--" + a))})");
            if (i + 1 >= args.Count) return parsed.Fail($"option '{args[i]}' needs a value");
            parsed.values[name] = args[i + 1];
        }
        return parsed;
    }

    /// <summary>Fails unless every named option was given.</summary>
    public EvaluationArguments Require(params string[] names)
    {
        if (Error is null && names.FirstOrDefault(n => !values.ContainsKey(n)) is { } missing) Fail($"missing --{missing}");
        return this;
    }

    private EvaluationArguments Fail(string error)
    {
        Error ??= error;
        return this;
    }
}
