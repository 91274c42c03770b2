namespace ConversationalCare.Bot.Evaluation;

/// <summary>A <c>text,label</c> row of a public evaluation set; label <c>oos</c> means out of scope.</summary>
public sealed record LabelledText(string Text, string Label)
{
    public const string OutOfScope = "oos";

    public bool IsOutOfScope => Label == OutOfScope;

    /// <summary>Reads a <c>text,label</c> CSV; every row needs a label.</summary>
    public static (IReadOnlyList<LabelledText> Rows, string? Error) Read(string path)
    {
        var csv = EvaluationCsv.Read(path, ["text", "label"]);
        if (csv.Error is not null) return ([], csv.Error);
        if (csv.Rows.FirstOrDefault(row => row["label"].Trim().Length == 0) is { } unlabelled)
            return ([], $"{path}: line {unlabelled.Line}: empty label");
        return ([.. csv.Rows.Select(row => new LabelledText(row["text"], row["label"].Trim()))], null);
    }
}
