using ConversationalCare.Bot.Handoff;
using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Bot.Learning;

/// <summary>
/// Which article an agent answered with: the console's "insert" button puts an article's answer into the composer,
/// so the agent's message contains it, perhaps with a greeting around it or a word changed.
/// </summary>
public static class ArticleUse
{
    // Shorter answers ("Yes.") would be found inside unrelated messages.
    private const int MinAnswerLength = 12;
    /// <summary>Bigram overlap above which an agent's message is the answer lightly edited.</summary>
    private const double EditedAnswer = 0.75;

    public static Article? Find(IEnumerable<string> agentMessages, IEnumerable<Article> articles)
    {
        var messages = agentMessages.Select(m => (Text: m, Normalized: GapWording.Normalize(m))).Where(m => m.Normalized.Length > 0).ToList();
        if (messages.Count == 0) return null;
        Article? best = null;
        var bestScore = 0.0;
        foreach (var article in articles)
        {
            var answer = GapWording.Normalize(article.Answer);
            if (answer.Length < MinAnswerLength) continue;
            foreach (var message in messages)
            {
                var score = message.Normalized.Contains(answer, StringComparison.Ordinal) ? 1.0 : TextSimilarity.Of(message.Normalized, answer);
                if (score >= EditedAnswer && score > bestScore) (best, bestScore) = (article, score);
            }
        }
        return best;
    }
}
