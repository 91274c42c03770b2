namespace ConversationalCare.Knowledge.Articles;

/// <summary>A published knowledge article as the bot sees it.</summary>
public sealed record Article(
    string Key,
    string Locale,
    string Category,
    string Question,
    IReadOnlyList<string> AlternateQuestions,
    string Answer,
    IReadOnlyList<string> Tags,
    IReadOnlyList<FollowUpPrompt> FollowUps)
{
    /// <summary>Products the article applies to; empty means every product.</summary>
    public IReadOnlyList<string> Products { get; init; } = [];

    /// <summary>Channels the article may be shown on; empty means every channel.</summary>
    public IReadOnlyList<string> Channels { get; init; } = [];
}

/// <summary>A button under an answer that leads to another article (multi-turn).</summary>
public sealed record FollowUpPrompt(string Title, string ArticleKey);
