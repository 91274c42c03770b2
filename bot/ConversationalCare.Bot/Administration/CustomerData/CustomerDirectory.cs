using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Context;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// Finds customers for a data request. By channel user id (optionally on one channel), or by email: a customer whose
/// channel user id is that email, or who wrote that exact email in one of their own messages (still readable, so
/// not in transcripts the retention period already anonymised). Matching is case-insensitive.
/// </summary>
public sealed class CustomerDirectory(IDbContextFactory<CareDb> dbFactory)
{
    public const string ByChannelUserId = "channel user id";
    public const string ByEmailInMessage = "email in a message";

    /// <summary>The lookup the API and the console page both run: exactly one of channel user id or email, and a real email.</summary>
    public async Task<CustomerDataResult<IReadOnlyList<CustomerView>>> FindAsync(CustomerLookup lookup, CancellationToken cancellationToken)
    {
        var (channel, channelUserId, email) = (Blank(lookup.Channel), Blank(lookup.ChannelUserId), Blank(lookup.Email));
        if ((channelUserId is null) == (email is null))
            return CustomerDataResult<IReadOnlyList<CustomerView>>.Invalid(email is null ? "channelUserId" : "email",
                "Give either channelUserId (with an optional channel) or email.");
        if (email is not null && !IsEmail(email))
            return CustomerDataResult<IReadOnlyList<CustomerView>>.Invalid("email", $"'{email}' is not an email address.");
        return CustomerDataResult<IReadOnlyList<CustomerView>>.Done(channelUserId is not null
            ? await FindByChannelUserAsync(channel, channelUserId, cancellationToken)
            : await FindByEmailAsync(email!, cancellationToken));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool IsEmail(string text) => EntityFinder.Find([text]) is [{ Kind: EntityFinder.Email } found] && found.Value == text;

    private async Task<IReadOnlyList<CustomerView>> FindByChannelUserAsync(string? channel, string channelUserId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.Customers.AsNoTracking()
            .Where(c => c.ChannelUserId == channelUserId && (channel == null || c.ChannelId == channel))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        return await ViewsAsync(db, ids.ToDictionary(id => id, _ => ByChannelUserId), cancellationToken);
    }

    private async Task<IReadOnlyList<CustomerView>> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var lower = email.Trim().ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var matches = (await db.Customers.AsNoTracking().Where(c => c.ChannelUserId.ToLower() == lower).Select(c => c.Id).ToListAsync(cancellationToken))
            .ToDictionary(id => id, _ => ByChannelUserId);
        var written = await (
                from activity in db.Activities.AsNoTracking()
                join conversation in db.Conversations.AsNoTracking() on activity.ConversationId equals conversation.Id
                where activity.Type == ActivityTypes.Message && activity.FromRole != RoleTypes.Bot && activity.FromRole != AgentIdentity.Role
                      && activity.Text != null && activity.Text.ToLower().Contains(lower)
                select new { conversation.CustomerId, activity.Text })
            .ToListAsync(cancellationToken);
        // The database finds candidates; the email pattern confirms the whole address (not "mary.jane@…" for "jane@…").
        foreach (var row in written.Where(w => EntityFinder.Find([w.Text])
                     .Any(e => e.Kind == EntityFinder.Email && string.Equals(e.Value, lower, StringComparison.OrdinalIgnoreCase))))
            matches.TryAdd(row.CustomerId, ByEmailInMessage);
        return await ViewsAsync(db, matches, cancellationToken);
    }

    public async Task<CustomerView?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await ViewsAsync(db, new() { [id] = "id" }, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<CustomerView>> ViewsAsync(CareDb db, Dictionary<Guid, string> matches, CancellationToken cancellationToken)
    {
        if (matches.Count == 0) return [];
        var ids = matches.Keys.ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        var conversations = (await db.Conversations.AsNoTracking().Where(c => ids.Contains(c.CustomerId)).ToListAsync(cancellationToken))
            .OrderBy(c => c.StartedAt).ToLookup(c => c.CustomerId);
        return [.. customers.OrderBy(c => c.FirstSeenAt).Select(c => new CustomerView(c.Id, c.ChannelId, c.ChannelUserId, c.Name, c.Locale, c.Tier,
            c.FirstSeenAt, c.LastSeenAt, matches[c.Id], [.. conversations[c.Id].Select(ToView)]))];
    }

    internal static CustomerConversationView ToView(Conversation c) =>
        new(c.Id, Supervision.ConversationFactsReader.ChannelName(c.ChannelId, c.ExternalId), c.Status.ToString(), c.StartedAt, c.LastActivityAt,
            c.LastSequence, c.AnonymisedAt);
}
