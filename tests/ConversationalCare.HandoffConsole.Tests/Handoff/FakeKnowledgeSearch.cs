using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.HandoffConsole.Tests.Handoff;

/// <summary>Answers every question with the articles the test gave it, and remembers what it was asked.</summary>
public sealed class FakeKnowledgeSearch : IKnowledgeSearch
{
    public List<KnowledgeCandidate> Candidates { get; } = [];

    public List<(string Question, string Locale, int Top)> Searches { get; } = [];

    public void Add(string key, string question, string answer, double score) =>
        Candidates.Add(new KnowledgeCandidate(new Article(key, "en-US", "Orders", question, [], answer, [], []), score, "question"));

    public Task<KnowledgeResult> SearchAsync(string question, string locale, int top = 3, CancellationToken cancellationToken = default)
    {
        lock (Searches) Searches.Add((question, locale, top));
        return Task.FromResult(new KnowledgeResult(Candidates.Take(top).ToList(), Candidates.Count > 0 ? AnswerConfidence.High : AnswerConfidence.None));
    }
}
