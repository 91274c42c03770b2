using ConversationalCare.Bot.Conversations;

namespace ConversationalCare.Bot.Handoff;

/// <summary>What the customer is told about people taking over, per language.</summary>
public sealed record HandoffTexts(
    string OfferPerson,
    string TalkToPerson,
    string KeepTrying,
    string QueuedFormat,
    string QueueUpdateFormat,
    string AgentJoinedFormat,
    string LeaveMessageFormat,
    string TicketCreatedFormat,
    string Transferred,
    string BackToBot,
    string CsatQuestion,
    string CsatCommentQuestion,
    string NoComment,
    string CsatThanks)
{
    private static readonly HandoffTexts English = new(
        OfferPerson: "Would you like me to connect you with a person from our team?",
        TalkToPerson: "Talk to a person",
        KeepTrying: "Keep chatting with the bot",
        QueuedFormat: "I'm connecting you with a person from our team. You're number {0} in the queue; the wait is about {1} min. Keep writing here: they'll see the whole conversation, so there's no need to repeat anything.",
        QueueUpdateFormat: "You're now number {0} in the queue (about {1} min).",
        AgentJoinedFormat: "{0} has joined the conversation.",
        LeaveMessageFormat: "Nobody from our team is available right now. Leave your message here and we'll reply by {0}.",
        TicketCreatedFormat: "Thanks, we've got your message (ticket {0}). We'll reply by {1}.",
        Transferred: "I'm passing you to a colleague who can help with this. Please stay in the chat.",
        BackToBot: "You're back with the assistant. Ask me anything, or type \"agent\" to reach a person again.",
        CsatQuestion: "How did we do? Please rate this conversation from 1 (poor) to 5 (excellent).",
        CsatCommentQuestion: "Thank you! Anything you'd like to add? Just type it, or tap \"No, thanks\".",
        NoComment: "No, thanks",
        CsatThanks: "Thanks for your feedback. Have a good day!");

    private static readonly HandoffTexts Chinese = new(
        OfferPerson: "需要为您转接人工客服吗？",
        TalkToPerson: "转人工客服",
        KeepTrying: "继续和机器人聊",
        QueuedFormat: "正在为您转接人工客服。您目前排在第 {0} 位，预计等待约 {1} 分钟。您可以继续在这里留言，客服会看到完整的对话记录，无需重复说明。",
        QueueUpdateFormat: "您现在排在第 {0} 位（约 {1} 分钟）。",
        AgentJoinedFormat: "客服 {0} 已加入对话。",
        LeaveMessageFormat: "目前没有客服在线。请在这里留言，我们会在 {0} 前回复您。",
        TicketCreatedFormat: "已收到您的留言（工单号 {0}），我们会在 {1} 前回复您。",
        Transferred: "正在为您转接能处理此问题的同事，请不要离开。",
        BackToBot: "已为您切换回智能助手。有问题可以继续问我，输入“人工”可再次转接客服。",
        CsatQuestion: "请为本次服务打分：1（很差）到 5（很好）。",
        CsatCommentQuestion: "谢谢！还有什么想补充的吗？直接输入即可，或点“不用了”。",
        NoComment: "不用了",
        CsatThanks: "感谢您的反馈，祝您生活愉快！");

    public static HandoffTexts For(string locale) => Locales.IsChinese(locale) ? Chinese : English;
}
