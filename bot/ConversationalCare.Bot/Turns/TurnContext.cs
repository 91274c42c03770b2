using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;

namespace ConversationalCare.Bot.Turns;

/// <summary>One incoming activity on its way through the pipeline, and the replies it produced.</summary>
public sealed class TurnContext(Activity activity, Conversation conversation, ReplySender sender)
{
    private readonly List<Activity> _replies = [];

    /// <summary>The activity as the channel sent it (its id is the channel's; replies thread to it).</summary>
    public Activity Activity { get; } = activity;
    public Conversation Conversation { get; } = conversation;
    /// <summary>The language replies are written in; understanding may switch it from the text itself.</summary>
    public string Locale { get; set; } = Locales.Normalize(activity.Locale ?? conversation.Locale);
    /// <summary>Intent and emotion of a customer message; null for other activities.</summary>
    public Understanding.MessageUnderstanding? Understanding { get; set; }
    /// <summary>The stored copy of the incoming activity, once the transcript recorder has committed it.</summary>
    public Activity? Recorded { get; private set; }
    public IReadOnlyList<Activity> Replies => _replies;
    /// <summary>Stage times and outcome for the turn metrics and trace.</summary>
    public Telemetry.TurnMeasurement Measurement { get; } = new();

    /// <summary>Completes when the incoming activity is durably stored (or with null when it is not stored at all).</summary>
    internal TaskCompletionSource<Activity?> Accepted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal void MarkRecorded(Activity stored)
    {
        Recorded = stored;
        Accepted.TrySetResult(stored);
    }

    public async Task<Activity> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        var stored = await sender.SendAsync(this, reply, cancellationToken);
        _replies.Add(stored);
        return stored;
    }

    public Task SendTypingAsync(CancellationToken cancellationToken) =>
        sender.SendTypingAsync(this, cancellationToken);
}
