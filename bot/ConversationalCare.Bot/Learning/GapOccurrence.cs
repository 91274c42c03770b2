namespace ConversationalCare.Bot.Learning;

public enum GapKind { Unanswered, Unclear, RatedNotHelpful }

/// <summary>One customer question the bot could not answer well, as read from the transcript.</summary>
public sealed record GapOccurrence(string Locale, string Text, string Normalized, DateTimeOffset At, string ConversationId, GapKind Kind);
