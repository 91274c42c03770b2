using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.Knowledge.Articles;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// Reads one resolved handoff for a phrasing to learn: if the agent answered with an article (its answer is in what
/// they sent, or they chose "resolved with article" after the bot had offered one), the customer's first real question
/// of that stretch of the conversation is a way of asking that article's question.
/// </summary>
public sealed class ResolutionReader(IArticleCatalog catalog)
{
    public const string ResolvedWithArticle = "resolved with article";
    // Not a question about anything: asking for a person, greetings, thanks.
    private static readonly HashSet<string> NotAQuestion = [Intents.RequestHuman, Intents.Greeting, Intents.ThanksGoodbye];
    // Button presses (ratings, the offer of a person) carry the button's title, not the customer's words.
    private static readonly HashSet<string> ButtonOutcomes =
        [nameof(AnswerKind.RatedHelpful), nameof(AnswerKind.RatedNotHelpful), nameof(AnswerKind.AcceptedPerson), nameof(AnswerKind.DeclinedPerson)];

    public async Task<PhrasingSuggestion?> ReadAsync(CareDb db, HandoffEvent resolved, CancellationToken cancellationToken)
    {
        var handoff = await db.Handoffs.AsNoTracking().SingleOrDefaultAsync(h => h.Id == resolved.HandoffId, cancellationToken);
        if (handoff is null || resolved.Actor is not { Length: > 0 } agent) return null;
        // A conversation can be handed over more than once; this handoff's topic starts after the previous one closed.
        var since = await db.Handoffs.AsNoTracking()
            .Where(h => h.ConversationId == handoff.ConversationId && h.Id != handoff.Id && h.ClosedAt != null && h.ClosedAt < handoff.RequestedAt)
            .Select(h => h.ClosedAt).OrderByDescending(at => at).FirstOrDefaultAsync(cancellationToken) ?? DateTimeOffset.MinValue;
        var lines = await db.Activities.AsNoTracking()
            .Where(a => a.ConversationId == handoff.ConversationId && a.Type == ActivityTypes.Message && a.Timestamp > since && a.Timestamp <= resolved.At)
            .OrderBy(a => a.Sequence)
            .Select(a => new Line(a.FromRole, a.Text, a.Intent, a.Outcome, a.OutcomeReason, a.ArticleKey, a.Timestamp))
            .ToListAsync(cancellationToken);

        var article = ArticleUse.Find(lines.Where(l => l.FromRole == AgentIdentity.Role && l.Text is not null).Select(l => l.Text!), catalog.All)
            ?? (resolved.Detail == ResolvedWithArticle ? OfferedByBot(lines, handoff.RequestedAt) : null);
        if (article is null || FirstQuestion(lines) is not { } wording) return null;
        var known = article.AlternateQuestions.Append(article.Question).Select(GapWording.Normalize);
        if (known.Contains(GapWording.Normalize(wording))) return null;
        return new PhrasingSuggestion(resolved.Id, article.Key, wording, handoff.Locale, handoff.ConversationId, agent, resolved.At);
    }

    /// <summary>The article the bot last answered with before the customer was handed over.</summary>
    private Article? OfferedByBot(List<Line> lines, DateTimeOffset handedOverAt) =>
        lines.LastOrDefault(l => l.Timestamp <= handedOverAt && l.Outcome == nameof(AnswerKind.Answer) && l.ArticleKey is not null) is { } answered
            ? catalog.Find(answered.ArticleKey!)
            : null;

    private static string? FirstQuestion(List<Line> lines) => lines
        .Where(l => l.FromRole is not (RoleTypes.Bot or AgentIdentity.Role) && !string.IsNullOrWhiteSpace(l.Text))
        .Where(l => l.Intent is null || !NotAQuestion.Contains(l.Intent))
        .Where(l => l.Outcome is null || !ButtonOutcomes.Contains(l.Outcome))
        // A "did you mean" choice is the article's own question, pressed as a button.
        .Where(l => l.OutcomeReason?.StartsWith("customer chose article", StringComparison.Ordinal) != true)
        .Select(l => string.Join(' ', l.Text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
        .FirstOrDefault(text => text.Length <= 500 && GapWording.Normalize(text).Length > 0);

    private sealed record Line(string? FromRole, string? Text, string? Intent, string? Outcome, string? OutcomeReason, string? ArticleKey, DateTimeOffset Timestamp);
}
