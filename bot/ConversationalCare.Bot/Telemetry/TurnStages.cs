namespace ConversationalCare.Bot.Telemetry;

/// <summary>Where a turn's time goes, in the order a customer message meets them.</summary>
public enum TurnStage { Store, Understand, Retrieve, Decide, Send }

public static class TurnStages
{
    /// <summary>Label values, indexed by <see cref="TurnStage"/>; fixed strings so recording allocates nothing.</summary>
    public static readonly string[] Names = ["store", "understand", "retrieve", "decide", "send"];
}

/// <summary>How a turn ended, as the turn metrics label it.</summary>
public static class TurnOutcomes
{
    public const string Answer = "answer";
    public const string Clarify = "clarify";
    public const string Fallback = "fallback";
    public const string Handoff = "handoff";
    /// <summary>A person has the conversation; the bot stepped aside.</summary>
    public const string Agent = "agent";
    /// <summary>Nothing to say (typing, an event, an empty message).</summary>
    public const string None = "none";
    public const string Error = "error";
}
