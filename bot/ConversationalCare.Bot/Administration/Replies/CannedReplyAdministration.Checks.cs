using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff.Replies;
using ConversationalCare.HandoffConsole.Administration.Replies;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.Replies;

public sealed partial class CannedReplyAdministration
{
    /// <summary>Either the reply in its stored spelling, or why not: field problems (400) or a name already taken (409).</summary>
    private async Task<(ValidReply? Valid, CannedReplyResult? Result)> CheckAsync(CareDb db, CannedReplyInput input, CannedReply? current,
        CancellationToken cancellationToken)
    {
        var problems = new Dictionary<string, string[]>();
        var team = string.IsNullOrWhiteSpace(input.Team) ? null : input.Team.Trim().ToLowerInvariant();
        // A reply may keep the team it has even once that team is archived; a new choice must be a live team.
        if (team is not null && team != current?.Team && await TeamProblemAsync(db, team, cancellationToken) is { } teamProblem)
            problems["team"] = [teamProblem];
        if (CannedReplyRules.LanguageProblem(input.Language) is { } languageProblem) problems["language"] = [languageProblem];
        if (CannedReplyRules.NameProblem(input.Name) is { } nameProblem) problems["name"] = [nameProblem];
        if (CannedReplyRules.TextProblem(input.Text) is { } textProblem) problems["text"] = [textProblem];
        if (problems.Count > 0) return (null, new(CannedReplyOutcome.Invalid, Problems: problems, Message: "The reply cannot be saved as it is."));

        var valid = new ValidReply(team, ReplyLanguage.Normalize(input.Language!), input.Name!.Trim(), input.Text!.Trim());
        var lowerName = valid.Name.ToLowerInvariant();
        var currentId = current?.Id ?? Guid.Empty;
        // Checked, not enforced by an index: two admins saving the same name at the same instant could both succeed.
        if (await db.CannedReplies.AnyAsync(r => r.Team == valid.Team && r.Language == valid.Language && r.Name.ToLower() == lowerName
                && r.Id != currentId, cancellationToken))
            return (null, new(CannedReplyOutcome.Conflict,
                Message: $"There is already a reply called '{valid.Name}' in {valid.Language} for {valid.Team ?? "everyone"}."));
        return (valid, null);
    }

    private static async Task<string?> TeamProblemAsync(CareDb db, string team, CancellationToken cancellationToken)
    {
        var teams = await ActiveTeamsAsync(db, cancellationToken);
        return teams.Contains(team) ? null
            : teams.Count == 0 ? $"There are no teams yet, so '{team}' cannot be used; leave the team empty for everyone."
            : $"No such team: {team}. Teams: {string.Join(", ", teams)}; or leave it empty for everyone.";
    }

    private sealed record ValidReply(string? Team, string Language, string Name, string Text);
}

internal static class CannedReplyMapping
{
    public static CannedReplyView ToView(this CannedReply reply) =>
        new(reply.Id, reply.Team, reply.Language, reply.Name, reply.Text, reply.UpdatedBy, reply.UpdatedAt);
}
