using System.Globalization;
using ConversationalCare.Knowledge.Training;

namespace ConversationalCare.HandoffConsole.Training;

/// <summary>How the training page names models, labels and numbers for people.</summary>
internal static class TrainingNames
{
    public static string Model(TrainingKind kind) => kind == TrainingKind.Intent ? "Intents" : "Emotions";

    /// <summary>"order_status" → "order status": the stored name stays visible in code font beside it.</summary>
    public static string Label(string label) => label.Replace('_', ' ');

    public static string Phrases(int count) => count == 1 ? "1 phrase" : $"{count} phrases";

    public static string Probability(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Signed(double value) => value.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture);

    public static string State(PhraseState state) => state switch
    {
        PhraseState.Draft => "New, not live yet",
        PhraseState.RemovalPending => "Removal not published yet",
        PhraseState.Published => "Live",
        _ => "Removed",
    };
}
