using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// Adds a customer's wording to an article's alternate questions through the normal curation command, so it becomes
/// a new draft revision in the editor's name, audited, and reaches customers only once reviewed and published.
/// </summary>
public sealed class AlternatePhrasing(ArticleCuration curation)
{
    private const int MaxWording = 500;
    // Another editor may save between our read and our edit; re-read and add again a couple of times.
    private const int Attempts = 3;

    public async Task<FeedbackResult> AddAsync(string articleKey, string wording, string actor, CancellationToken cancellationToken)
    {
        wording = string.Join(' ', wording.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (wording.Length is 0 or > MaxWording) return FeedbackResult.Failed($"A phrasing needs between 1 and {MaxWording} characters.");
        if (string.IsNullOrWhiteSpace(articleKey)) return FeedbackResult.Failed("Choose an article to add the phrasing to.");
        for (var attempt = 1; ; attempt++)
        {
            var article = await curation.GetAsync(articleKey, cancellationToken);
            if (article is null) return FeedbackResult.Failed($"There is no article '{articleKey}'.");
            if (article.Status == ArticleStatus.Archived)
                return FeedbackResult.Failed($"'{article.Key}' is archived; choose a live article.");
            var content = article.Content;
            var known = content.AlternateQuestions.Append(content.Question);
            if (known.Any(q => GapWording.Normalize(q) == GapWording.Normalize(wording)))
                return new(true, $"'{article.Key}' already has this phrasing; nothing changed.", article.Id);
            var result = await curation.EditAsync(article.Id, article.Revision,
                content with { AlternateQuestions = [.. content.AlternateQuestions, wording] }, actor, cancellationToken);
            switch (result.Outcome)
            {
                case CurationOutcome.Done or CurationOutcome.Unchanged:
                    return new(true, $"Added to '{article.Key}' as a draft (revision {result.Article?.Revision}). Review and publish it for the bot to use it.", article.Id);
                case CurationOutcome.Conflict when attempt < Attempts:
                    continue;
                case CurationOutcome.Invalid:
                    return new(false, $"{result.Reason} {string.Join(" ", (result.Errors ?? new Dictionary<string, string[]>()).SelectMany(e => e.Value))}".Trim(), article.Id);
                default:
                    return new(false, result.Reason ?? "The article could not be changed.", article.Id);
            }
        }
    }
}
