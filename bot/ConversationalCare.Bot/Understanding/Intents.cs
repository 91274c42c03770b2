namespace ConversationalCare.Bot.Understanding;

/// <summary>The default intent taxonomy; the names are stored on messages and read by escalation, so they never change.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string ThanksGoodbye = "thanks_goodbye";
    public const string ProductQuestion = "product_question";
    public const string OrderStatus = "order_status";
    public const string ReturnsRefunds = "returns_refunds";
    public const string TechnicalIssue = "technical_issue";
    public const string BillingPayment = "billing_payment";
    public const string Complaint = "complaint";
    public const string RequestHuman = "request_human";
    public const string OutOfScope = "out_of_scope";

    public static IReadOnlyList<string> All { get; } =
    [
        Greeting, ThanksGoodbye, ProductQuestion, OrderStatus, ReturnsRefunds,
        TechnicalIssue, BillingPayment, Complaint, RequestHuman, OutOfScope,
    ];
}
