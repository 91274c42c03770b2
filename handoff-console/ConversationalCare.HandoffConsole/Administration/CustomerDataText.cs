using System.Globalization;

namespace ConversationalCare.HandoffConsole.Administration;

/// <summary>The Customer data page's sentences about counts and times, kept out of the markup so it stays readable.</summary>
internal static class CustomerDataText
{
    /// <summary>With the year: a data request may reach back years, unlike the desk's same-day times.</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    public static string Period(RetentionView retention) => retention.Days is { } days
        ? $"Transcripts are anonymised {Count(days, "day", "days")} after a conversation's last activity."
        : "Transcripts are kept forever.";

    public static string Anonymised(AnonymisationCounts c) => c == AnonymisationCounts.None
        ? "Nothing was due: no conversation is older than the period."
        : $"Anonymised {Count(c.Conversations, "conversation", "conversations")}: {Count(c.Activities, "activity", "activities")}, " +
          $"{Count(c.Attachments, "file", "files")}, {Count(c.Notes, "note", "notes")}, {Count(c.CustomerNames, "customer name", "customer names")} " +
          $"and {Count(c.IncidentSamples, "incident sample", "incident samples")}.";

    /// <summary>What the confirmation names before anything is deleted: the customer's conversations and their activities.</summary>
    public static string WillErase(CustomerView customer) =>
        $"{Count(customer.Conversations.Count, "conversation", "conversations")} with " +
        $"{Count((int)customer.Conversations.Sum(c => c.Activities), "activity", "activities")}";

    public static string Erased(ErasureCounts c) =>
        $"{Count(c.Conversations, "conversation", "conversations")}, {Count(c.Activities, "activity", "activities")}, " +
        $"{Count(c.Attachments, "file", "files")}, {Count(c.Handoffs, "handoff", "handoffs")} ({Count(c.HandoffEvents, "event", "events")}), " +
        $"{Count(c.Notes, "note", "notes")}, {Count(c.Ratings, "answer rating", "answer ratings")}, {Count(c.FollowUps, "call-back", "call-backs")}, " +
        $"{Count(c.SlaAlerts, "SLA alert", "SLA alerts")}, {Count(c.QualityReviews, "quality review", "quality reviews")} " +
        $"and {Count(c.LearnedWordings, "learned wording", "learned wordings")}";
}
