namespace ConversationalCare.Bot.Activities;

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Typing = "typing";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
    public const string Invoke = "invoke";
}

public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
}
