using ConversationalCare.HandoffConsole.Administration.Replies;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>
/// Canned replies in memory with the bot's answers in outline: a missing name or text is a field problem, a name
/// taken for the same team and language a conflict. Records who changed what.
/// </summary>
public sealed class FakeCannedReplyAdministration : ICannedReplyAdministration
{
    private static readonly DateTimeOffset At = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public List<CannedReplyView> Replies { get; } = [];

    public List<string> TeamNames { get; } = ["billing", "orders"];

    public List<CannedReplyFilter> Filters { get; } = [];

    public List<(string Action, string Actor)> Changes { get; } = [];

    public CannedReplyView Add(string? team, string language, string name, string text)
    {
        var reply = new CannedReplyView(Guid.NewGuid(), team, language, name, text, "configuration", At);
        Replies.Add(reply);
        return reply;
    }

    public Task<IReadOnlyList<CannedReplyView>> ListAsync(CannedReplyFilter filter, CancellationToken cancellationToken)
    {
        Filters.Add(filter);
        return Task.FromResult<IReadOnlyList<CannedReplyView>>([.. Replies.Where(r =>
            (filter.Team is null || (filter.Team == CannedReplyFilter.Everyone ? r.Team is null : r.Team == filter.Team))
            && (filter.Language is null || r.Language.StartsWith(filter.Language, StringComparison.Ordinal)))]);
    }

    public Task<CannedReplyView?> GetAsync(Guid id, CancellationToken cancellationToken) => Task.FromResult(Replies.SingleOrDefault(r => r.Id == id));

    public Task<IReadOnlyList<string>> TeamsAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>(TeamNames);

    public Task<CannedReplyResult> CreateAsync(CannedReplyInput reply, string actor, CancellationToken cancellationToken) =>
        Task.FromResult(Save(null, reply, actor));

    public Task<CannedReplyResult> UpdateAsync(Guid id, CannedReplyInput reply, string actor, CancellationToken cancellationToken) =>
        Task.FromResult(Replies.Any(r => r.Id == id) ? Save(id, reply, actor) : new CannedReplyResult(CannedReplyOutcome.NotFound));

    public Task<CannedReplyResult> DeleteAsync(Guid id, string actor, CancellationToken cancellationToken)
    {
        if (Replies.RemoveAll(r => r.Id == id) == 0) return Task.FromResult(new CannedReplyResult(CannedReplyOutcome.NotFound));
        Changes.Add(("deleted", actor));
        return Task.FromResult(new CannedReplyResult(CannedReplyOutcome.Done));
    }

    private CannedReplyResult Save(Guid? id, CannedReplyInput input, string actor)
    {
        var problems = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Name)) problems["name"] = ["Give the reply a name."];
        if (string.IsNullOrWhiteSpace(input.Text)) problems["text"] = ["Write the text agents will insert."];
        if (problems.Count > 0) return new(CannedReplyOutcome.Invalid, Problems: problems);
        var team = string.IsNullOrEmpty(input.Team) ? null : input.Team;
        if (Replies.Any(r => r.Id != id && r.Team == team && r.Language == input.Language && r.Name == input.Name))
            return new(CannedReplyOutcome.Conflict, Message: $"There is already a reply called '{input.Name}'.");
        var saved = new CannedReplyView(id ?? Guid.NewGuid(), team, input.Language!, input.Name!, input.Text!, actor, At);
        Replies.RemoveAll(r => r.Id == id);
        Replies.Add(saved);
        Changes.Add((id is null ? "created" : "changed", actor));
        return new(CannedReplyOutcome.Done, saved);
    }
}
