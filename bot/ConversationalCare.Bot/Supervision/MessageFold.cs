using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Supervision;

/// <summary>Folds one conversation's messages, in order, into its intent, response times and complaint flag.</summary>
internal struct MessageFold
{
    private DateTimeOffset? _firstCustomerAt;
    private DateTimeOffset? _unansweredSince;
    private string? _firstIntent;
    private string? _specificIntent;
    private int _customerMessages;
    private TimeSpan? _botFirstResponse;
    private TimeSpan _responseTotal;
    private int _responses;
    private bool _complaint;

    /// <summary>Openers and "a person please" say nothing about what the customer needs.</summary>
    private static bool IsGeneric(string intent) =>
        intent is Intents.Greeting or Intents.ThanksGoodbye or Intents.RequestHuman or Intents.OutOfScope;

    public void Add(bool fromCustomer, bool fromBot, DateTimeOffset at, string? intent)
    {
        if (fromCustomer)
        {
            _customerMessages++;
            _firstCustomerAt ??= at;
            _unansweredSince ??= at;
            if (intent is null) return;
            _firstIntent ??= intent;
            if (_specificIntent is null && !IsGeneric(intent)) _specificIntent = intent;
            _complaint |= intent == Intents.Complaint;
            return;
        }
        if (fromBot && _firstCustomerAt is { } first && _botFirstResponse is null) _botFirstResponse = at - first;
        if (_unansweredSince is { } since)
        {
            _responseTotal += at - since;
            _responses++;
            _unansweredSince = null;
        }
    }

    public readonly void Finish(ConversationFacts facts)
    {
        facts.CustomerMessages = _customerMessages;
        facts.Intent = _specificIntent ?? _firstIntent ?? ConversationIntent.Unknown;
        facts.BotFirstResponse = _botFirstResponse;
        facts.ResponseTotal = _responseTotal;
        facts.Responses = _responses;
        facts.Complaint = _complaint;
    }
}
