namespace ConversationalCare.Bot.Handoff.Replies;

/// <summary>What makes a canned reply valid; the column sizes in the schema match these limits.</summary>
public static class CannedReplyRules
{
    public const int MaxName = 128;
    public const int MaxText = 4000;

    public static bool Fits(string? name, string? text) => NameProblem(name) is null && TextProblem(text) is null;

    public static string? NameProblem(string? name) => name?.Trim() switch
    {
        null or "" => "Give the reply a name agents will recognise, such as \"greeting\".",
        { Length: > MaxName } => $"Keep the name to {MaxName} characters.",
        _ => null,
    };

    public static string? TextProblem(string? text) => text?.Trim() switch
    {
        null or "" => "Write the text agents will insert.",
        { Length: > MaxText } => $"Keep the text to {MaxText} characters.",
        _ => null,
    };

    public static string? LanguageProblem(string? language) =>
        ReplyLanguage.IsValid(language) ? null : "Give a language such as en, zh or zh-CN.";
}
