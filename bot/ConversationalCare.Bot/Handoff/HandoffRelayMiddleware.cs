using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using ConversationalCare.Bot.Turns;
using ConversationalCare.Bot.Handoff.Routing;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// While people have the conversation, the bot steps aside: the customer's messages are already stored (and so
/// already on the agent's screen) and the bot says nothing. A message left when nobody was available becomes a
/// ticket; answers to the satisfaction survey are recorded. Everything else goes on to the bot.
/// </summary>
public sealed class HandoffRelayMiddleware(HandoffStore handoffs, HandoffRouter routing, ConversationFeed feed, TranscriptWriter transcript,
    TimeProvider clock) : ITurnMiddleware
{
    public const string CsatProperty = "csat";

    public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Typing))
        {
            feed.Announce(turn.Conversation.Id, FeedChanges.CustomerTyping);
            return;
        }
        if (!turn.Activity.IsType(ActivityTypes.Message))
        {
            await next();
            return;
        }

        // One read per message: a conversation has at most one open handoff and it is the latest, so the latest
        // tells both whether people have the conversation and whether a survey is waiting for an answer.
        var latest = await handoffs.FindLatestAsync(turn.Conversation.Id, cancellationToken);
        if (latest is { SilencesBot: true })
        {
            await RecordAsync(turn, "Relayed", $"with {(latest.Owner ?? "the queue")}");
            return;
        }
        if (latest is { Status: HandoffStatus.AwaitingMessage })
        {
            await TakeMessageAsync(turn, latest, cancellationToken);
            return;
        }
        if (latest is { IsOpen: false } && await SurveyAnswerAsync(turn, latest, cancellationToken)) return;
        await next();
    }

    private async Task TakeMessageAsync(TurnContext turn, HandoffCase open, CancellationToken cancellationToken)
    {
        // The promise is the team's as it is now: an admin may have changed it since the customer was invited.
        var hours = await routing.HoursOfAsync(open.Team, cancellationToken);
        var promised = clock.GetUtcNow().AddHours(hours.TicketReplyHours);
        await handoffs.ChangeAsync(open.Id, h => h.BecomeTicket(promised), HandoffEventKinds.TicketCreated, null, null, cancellationToken);
        await RecordAsync(turn, "Ticket", "message left for the team");
        var texts = HandoffTexts.For(turn.Locale);
        var reference = open.Id.ToString("N")[..8].ToUpperInvariant();
        var when = ServiceHours.ForCustomer(hours, promised, turn.Locale);
        await turn.SendAsync(CustomerMessenger.Message(string.Format(texts.TicketCreatedFormat, reference, when)), cancellationToken);
    }

    /// <summary>A score (1–5) right after the survey question, then an optional comment.</summary>
    private async Task<bool> SurveyAnswerAsync(TurnContext turn, HandoffCase latest, CancellationToken cancellationToken)
    {
        if (latest is not { Status: HandoffStatus.Resolved, CsatAskedAt: not null, CsatComment: null }) return false;
        var texts = HandoffTexts.For(turn.Locale);
        if (latest.CsatScore is null)
        {
            if (Score(turn.Activity) is not { } score) return false;
            await handoffs.ChangeAsync(latest.Id, h => h.ScoreCsat(score), HandoffEventKinds.CsatScored, null, score.ToString(), cancellationToken);
            await RecordAsync(turn, "CsatScore", score.ToString());
            await turn.SendAsync(CustomerMessenger.Message(texts.CsatCommentQuestion, CardAction.ImBack(texts.NoComment)), cancellationToken);
            return true;
        }
        // The comment is optional and only expected right after scoring.
        if (clock.GetUtcNow() - latest.CsatAskedAt > TimeSpan.FromMinutes(30)) return false;
        var text = turn.Activity.Text?.Trim() ?? "";
        var comment = string.Equals(text, texts.NoComment, StringComparison.OrdinalIgnoreCase) ? null : text;
        await handoffs.ChangeAsync(latest.Id, h => h.CommentCsat(comment), null, null, null, cancellationToken);
        await RecordAsync(turn, "CsatComment", "survey finished");
        await turn.SendAsync(CustomerMessenger.Message(texts.CsatThanks), cancellationToken);
        return true;
    }

    internal static int? Score(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(CsatProperty, out var csat)
            && csat.TryGetInt32(out var fromButton) && fromButton is >= 1 and <= 5) return fromButton;
        var text = activity.Text?.Trim() ?? "";
        if (text.Length == 1 && text[0] is >= '1' and <= '5') return text[0] - '0';
        var stars = text.Count(c => c == '⭐' || c == '★');
        return stars is >= 1 and <= 5 && stars == text.Count(c => !char.IsWhiteSpace(c)) ? stars : null;
    }

    private Task RecordAsync(TurnContext turn, string kind, string reason) =>
        turn.Recorded?.Id is { } id
            ? transcript.RecordOutcomeAsync(turn.Conversation.Id, id, new TurnOutcome(kind, reason, null, null), CancellationToken.None)
            : Task.CompletedTask;
}
