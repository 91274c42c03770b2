using System.Security.Cryptography;
using System.Text;
using ConversationalCare.Bot.Handoff.Context;

namespace ConversationalCare.Bot.Supervision;

/// <summary>
/// One conversation's KPI fields, with no personal data: the customer is a stable pseudonym, and a conversation id
/// that carries a channel's phone number or email is replaced by a pseudonym too.
/// </summary>
public sealed record ConversationKpiRow(
    string ConversationId,
    string Customer,
    string Channel,
    string Locale,
    string Intent,
    DateTimeOffset StartedAt,
    DateTimeOffset LastActivityAt,
    int CustomerMessages,
    double? BotFirstResponseSeconds,
    double? AverageResponseSeconds,
    bool Escalated,
    string? EscalationReason,
    string? Team,
    string? Agent,
    int Handoffs,
    double? QueueWaitSeconds,
    double? FirstResponseSeconds,
    double? HandlingSeconds,
    int Transfers,
    bool SlaBreached,
    bool CsatAsked,
    int? CsatScore,
    bool Contained,
    bool ResolvedAtFirstContact,
    bool Complaint,
    bool RepeatComplaint)
{
    public static ConversationKpiRow From(ConversationFacts f, ConversationVerdict verdict)
    {
        var first = f.Handoffs.FirstOrDefault();
        var last = f.LastHandoff;
        return new ConversationKpiRow(
            SafeId(f.ConversationId), Pseudonym(f.CustomerId), f.Channel, f.Locale, f.Intent, f.StartedAt, f.LastActivityAt,
            f.CustomerMessages, f.BotFirstResponse?.TotalSeconds,
            f.Responses == 0 ? null : f.ResponseTotal.TotalSeconds / f.Responses,
            f.Escalated, first?.Rule, last?.Team, last is null ? null : last.Owner ?? KpiDimensions.Unassigned, f.Handoffs.Count,
            first?.QueueWait?.TotalSeconds, first?.FirstResponse?.TotalSeconds, last?.Handling?.TotalSeconds,
            f.Handoffs.Sum(h => h.Transfers), f.Handoffs.Any(h => h.SlaBreached), f.Handoffs.Any(h => h.CsatAsked),
            f.Handoffs.LastOrDefault(h => h.CsatScore is not null)?.CsatScore,
            !f.Escalated && !verdict.Reopened, verdict.ResolvedAtFirstContact, verdict.Complaint, verdict.RepeatComplaint);
    }

    /// <summary>The same customer always gets the same pseudonym; it cannot be turned back into who they are.</summary>
    public static string Pseudonym(Guid customerId) =>
        "cust-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("conversationalcare-customer:" + customerId)))[..12];

    private static string SafeId(string conversationId) =>
        EntityFinder.Mask(conversationId) == conversationId
            ? conversationId
            : "conv-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..12];
}
