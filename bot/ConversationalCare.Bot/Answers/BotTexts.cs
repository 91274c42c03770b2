using ConversationalCare.Bot.Conversations;

namespace ConversationalCare.Bot.Answers;

/// <summary>Everything the bot says in its own words, per language.</summary>
public sealed record BotTexts(
    string Welcome,
    string ClarifyIntro,
    string Fallback,
    string Apology,
    string NoneOfThese,
    string GreetingBack,
    string YoureWelcome,
    IReadOnlyList<string> StarterQuestions,
    string HelpfulButton,
    string NotHelpfulButton,
    string GladItHelped,
    string SorryNotHelpful,
    string KeepChatting)
{
    private static readonly BotTexts English = new(
        Welcome: "Hi! I'm the Lumen & Co assistant. Ask me about orders, delivery, returns, payments or your account.",
        ClarifyIntro: "I'm not completely sure what you mean. Is it one of these?",
        Fallback: "Sorry, I'm not sure about that one. Could you put it another way? You can also pick a topic below.",
        Apology: "Sorry, something went wrong on my side. Please try again in a moment.",
        NoneOfThese: "None of these",
        GreetingBack: "Hello! How can I help you today?",
        YoureWelcome: "You're welcome! Is there anything else I can help with?",
        StarterQuestions: ["Where is my parcel?", "How do I return an item?", "I forgot my password"],
        HelpfulButton: "👍 Helpful",
        NotHelpfulButton: "👎 Not helpful",
        GladItHelped: "Glad that helped! Anything else?",
        SorryNotHelpful: "Sorry that didn't help. Could you tell me a bit more about what you need?",
        KeepChatting: "No problem. What else can I help you with?");

    private static readonly BotTexts Chinese = new(
        Welcome: "您好！我是 Lumen & Co 智能客服。订单、物流、退换货、支付、账户问题都可以问我。",
        ClarifyIntro: "我不太确定您的意思，您是想问下面哪一个？",
        Fallback: "抱歉，这个问题我还不太确定。可以换个说法再问一次，或者从下面选一个话题。",
        Apology: "抱歉，系统出了点问题，请稍后再试。",
        NoneOfThese: "都不是",
        GreetingBack: "您好！请问有什么可以帮您？",
        YoureWelcome: "不客气！还有其他可以帮您的吗？",
        StarterQuestions: ["我的快递到哪了？", "怎么退货？", "忘记密码了怎么办"],
        HelpfulButton: "👍 有帮助",
        NotHelpfulButton: "👎 没帮助",
        GladItHelped: "很高兴能帮到您！还有其他问题吗？",
        SorryNotHelpful: "抱歉没能帮到您。能再具体说说您遇到的问题吗？",
        KeepChatting: "好的，还有什么可以帮您？");

    public static BotTexts For(string locale) => Locales.IsChinese(locale) ? Chinese : English;
}
