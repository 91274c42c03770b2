using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>
/// One change the article page sends for the signed-in editor: given the actor and the revision on screen, it calls
/// <see cref="ArticleCuration"/>. <paramref name="Done"/> is what the page says when it lands.
/// </summary>
public sealed record CurationCommand(string Done, Func<string, int, CancellationToken, Task<CurationResult>> Send);

/// <summary>A message at the top of a curation page: what just happened, or what went wrong.</summary>
public sealed record Notice(string Text, bool IsProblem)
{
    public static Notice Success(string text) => new(text, false);

    public static Notice Problem(string text) => new(text, true);
}
