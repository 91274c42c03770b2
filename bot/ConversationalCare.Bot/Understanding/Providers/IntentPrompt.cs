using Microsoft.SemanticKernel.ChatCompletion;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>How the chat model is asked to name a customer message's intent, with the taxonomy spelled out.</summary>
public static class IntentPrompt
{
    public const string Instructions = """
        You classify one customer message sent to an online shop's support chat. Messages may be English, Chinese or both.
        Choose exactly one intent:
        - greeting: says hello with no request yet
        - thanks_goodbye: thanks the shop or ends the chat
        - product_question: asks about a product (features, sizes, stock, price, compatibility, how to use it)
        - order_status: asks where an order or parcel is, delivery times, shipping, tracking
        - returns_refunds: wants to return or exchange an item, or asks about a refund
        - technical_issue: something does not work (the app, the website, signing in, a device fault)
        - billing_payment: charges, double charges, invoices, payment methods, coupons at checkout
        - complaint: is unhappy with the service, staff or quality and wants it put right
        - request_human: asks for a person, an agent or a human
        - out_of_scope: anything unrelated to the shop's customer service
        Reply with JSON only, no other text: {"intent": "<one of the names above, exactly>", "confidence": <0 to 1>}
        """;

    public static ChatHistory For(string text, string locale)
    {
        var history = new ChatHistory(Instructions);
        // The message is data, not instructions: it is quoted as the user turn and never spliced into the system text.
        history.AddUserMessage($"Locale: {locale}\nMessage: {text}");
        return history;
    }
}
