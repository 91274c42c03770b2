using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.HandoffConsole;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// The Bot Framework handoff events (PROTOCOLS.md D): <c>handoff.initiate</c> with the transcript attachment and the
/// context package as its value, then <c>handoff.status</c> (accepted, completed, failed) as agents act.
/// </summary>
public static class HandoffProtocol
{
    public const string Initiate = "handoff.initiate";
    public const string Status = "handoff.status";

    public static Activity InitiateEvent(Activity incoming, HandoffContext context, IEnumerable<Activity> transcript) => new()
    {
        Type = ActivityTypes.Event,
        Name = Initiate,
        From = incoming.From,
        RelatesTo = incoming.GetConversationReference(),
        Value = JsonSerializer.SerializeToElement(new
        {
            reason = context.Handoff.ReasonDetail,
            rule = context.Handoff.Reason,
            priority = context.Handoff.Priority,
            team = context.Handoff.Team,
            customer = context.Customer,
            intents = context.Transcript.Select(l => l.Understanding?.Intent).Where(i => i is not null).Distinct(),
            emotionTrajectory = context.EmotionTrajectory,
            articlesOffered = context.ArticlesOffered,
            entities = context.Entities,
            summary = context.Summary,
        }, ActivityJson.Options),
        Attachments =
        [
            new Attachment
            {
                ContentType = "application/json",
                Name = "Transcript",
                Content = JsonSerializer.SerializeToElement(new { activities = transcript }, ActivityJson.Options),
            },
        ],
        Entities = [],
    };

    public static Activity StatusEvent(string state, string? message = null) => new()
    {
        Type = ActivityTypes.Event,
        Name = Status,
        Value = JsonSerializer.SerializeToElement(new { state, message }, ActivityJson.Options),
        Attachments = [],
        Entities = [],
    };
}
