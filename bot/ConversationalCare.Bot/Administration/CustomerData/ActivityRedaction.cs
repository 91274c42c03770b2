using System.Text.Json;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// Rewrites a stored activity's JSON so nothing a person wrote or is called survives: text and attachments become a
/// marker (so the transcript still shows that something was said or sent), and cards' values, channel data, entities
/// and customers' names go. Type, id, time, roles and account ids stay, so the transcript keeps its shape.
/// </summary>
public static class ActivityRedaction
{
    public static string TextMarker(int days) => $"[removed after {days} days]";
    public static string AttachmentMarker(int days) => $"[attachment removed after {days} days]";

    public static string Redact(string json, int days)
    {
        var activity = TryRead(json);
        if (activity is null) return "{}";
        if (activity.Text is not null) activity.Text = TextMarker(days);
        activity.Speak = null;
        activity.Summary = null;
        activity.Attachments = activity.Attachments?
            .Select(_ => new Attachment { ContentType = "text/plain", Content = JsonSerializer.SerializeToElement(AttachmentMarker(days)) })
            .ToList();
        (activity.Entities, activity.ChannelData, activity.Value, activity.Extra) = (null, null, null, null);
        ForgetPerson(activity.From);
        ForgetPerson(activity.Recipient);
        if (activity.Conversation is { } conversation) (conversation.Name, conversation.Extra) = (null, null);
        if (activity.RelatesTo is { } reference) ForgetPerson(reference.User);
        foreach (var member in (activity.MembersAdded ?? []).Concat(activity.MembersRemoved ?? [])) ForgetPerson(member);
        return ActivityJson.Serialize(activity);
    }

    /// <summary>The conversation reference without the customer's name (the ids still reach the channel).</summary>
    public static string? RedactReference(string? referenceJson)
    {
        if (referenceJson is null) return null;
        var reference = JsonSerializer.Deserialize<ConversationReference>(referenceJson, ActivityJson.Options);
        if (reference is null) return null;
        ForgetPerson(reference.User);
        if (reference.Conversation is { } conversation) conversation.Name = null;
        return JsonSerializer.Serialize(reference, ActivityJson.Options);
    }

    /// <summary>Bots and agents (role "bot") keep their names; anyone else is a customer and loses theirs.</summary>
    private static void ForgetPerson(ChannelAccount? account)
    {
        if (account is null) return;
        account.Extra = null;
        if (account.Role != RoleTypes.Bot) (account.Name, account.AadObjectId) = (null, null);
    }

    private static Activity? TryRead(string json)
    {
        try { return ActivityJson.Deserialize(json); }
        catch (JsonException) { return null; }
    }
}
