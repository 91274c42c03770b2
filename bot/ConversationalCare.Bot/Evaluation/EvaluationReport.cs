using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConversationalCare.Bot.Evaluation;

/// <summary>Writes a command's human summary, then its figures as one camelCase JSON object on the last line.</summary>
public static class EvaluationReport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Write<T>(TextWriter output, IEnumerable<string> summary, T figures)
    {
        foreach (var line in summary) output.WriteLine(line);
        output.WriteLine(JsonSerializer.Serialize(figures, Json));
        return 0;
    }

    public static double Round(double value, int digits = 4) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    public static double? Round(double? value, int digits = 4) => value is { } v ? Round(v, digits) : null;

    public static string Percent(double? value) => value is { } v ? $"{v * 100:0.00} %" : "n/a";
}
