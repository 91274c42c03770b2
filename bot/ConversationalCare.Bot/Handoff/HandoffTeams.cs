using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Handoff;

/// <summary>The teams conversations are routed to, named after what customers need.</summary>
public static class HandoffTeams
{
    public const string General = "general";
    public const string Complaints = "complaints";
    public const string Orders = "orders";
    public const string Returns = "returns";
    public const string Billing = "billing";
    public const string Technical = "technical";

    public static readonly IReadOnlyList<string> All = [General, Complaints, Orders, Returns, Billing, Technical];

    /// <summary>The team for what the conversation was about; anything else goes to whoever serves everything.</summary>
    public static string ForIntent(string? intent) => intent switch
    {
        Intents.Complaint => Complaints,
        Intents.OrderStatus => Orders,
        Intents.ReturnsRefunds => Returns,
        Intents.BillingPayment => Billing,
        Intents.TechnicalIssue => Technical,
        _ => General,
    };
}
