namespace ConversationalCare.HandoffConsole;

/// <summary>Settings bound from <c>ConversationalCare:Console</c>.</summary>
public sealed class HandoffConsoleOptions
{
    public const string Section = "ConversationalCare:Console";

    /// <summary>
    /// Canned responses by locale, then by name, with <c>{customerName}</c> and <c>{agentName}</c> filled in when used.
    /// They only seed a fresh install (one with no canned replies yet), for everyone, under the locale's language
    /// ("en-US" becomes "en"); from then on admins edit the replies in the console, and the database is the truth.
    /// Configuration adds locales and names or replaces single texts (<c>CannedResponses:en-US:greeting</c>);
    /// the defaults below stay for everything it does not mention, and an empty text leaves a default out.
    /// </summary>
    public Dictionary<string, Dictionary<string, string>> CannedResponses { get; set; } =
        new(StringComparer.OrdinalIgnoreCase)
        {
            ["en-US"] = new(StringComparer.OrdinalIgnoreCase)
            {
                ["greeting"] = "Hi {customerName}, I'm {agentName} and I'll take it from here. I've read your conversation with our assistant, so there's no need to repeat anything.",
                ["apology"] = "I'm sorry about this, {customerName}. Let me put it right for you.",
                ["hold on"] = "Please hold on a moment while I check that for you.",
                ["order number"] = "Could you share your order number so I can look it up?",
                ["closing"] = "Is there anything else I can help you with, {customerName}? Thanks for your patience. {agentName}",
            },
            ["zh-CN"] = new(StringComparer.OrdinalIgnoreCase)
            {
                ["greeting"] = "{customerName}您好，我是客服{agentName}，接下来由我为您服务。我已看过您与智能助手的对话，无需重复说明。",
                ["apology"] = "{customerName}，非常抱歉给您带来不便，我这就帮您处理。",
                ["hold on"] = "请稍等片刻，我正在为您查询。",
                ["order number"] = "麻烦提供一下您的订单号，我帮您查询。",
                ["closing"] = "{customerName}，请问还有其他可以帮您的吗？感谢您的耐心等待。{agentName}",
            },
        };
}
