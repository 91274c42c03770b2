using System.Runtime.CompilerServices;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using ConversationalCare.Bot.Handoff.Context;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff;

/// <summary>
/// The bot's side of the agents' port: the console and the agent API both command through here, so the same
/// rules hold for both. Only the owner writes to the customer, transfers, resolves or hands back.
/// </summary>
public sealed partial class HandoffDesk(
    IDbContextFactory<CareDb> dbFactory,
    HandoffStore handoffs,
    QueueRouter router,
    HandoffRouter routing,
    HandoffContextBuilder contexts,
    CustomerMessenger messenger,
    ConversationFeed feed,
    IOptions<HandoffOptions> options,
    TimeProvider clock,
    ILogger<HandoffDesk> logger) : IHandoffDesk
{
    public static readonly IReadOnlyList<string> Dispositions =
        ["resolved", "resolved with article", "follow-up needed", "no response", "spam"];

    public Task<HandoffContext?> GetContextAsync(string conversationId, CancellationToken cancellationToken) =>
        contexts.BuildAsync(conversationId, cancellationToken);

    public async Task<DeskResult> ClaimAsync(string conversationId, string agent, CancellationToken cancellationToken)
    {
        var open = await handoffs.FindOpenAsync(conversationId, cancellationToken);
        if (open is null) return NotFound(conversationId);
        if (open.Owner == agent) return DeskResult.Done;
        if (open.Status == HandoffStatus.Assigned) return await ConflictAsync(open.Owner, cancellationToken);
        if (open.Status != HandoffStatus.Waiting)
            return new(DeskFailure.Invalid, "This conversation is a left message, not a live chat: reply to it as a ticket.");
        if (!await handoffs.TryClaimAsync(open.Id, agent, cancellationToken))
            return await ConflictAsync((await handoffs.FindOpenAsync(conversationId, cancellationToken))?.Owner, cancellationToken);

        var name = await DisplayNameAsync(agent, cancellationToken);
        logger.LogInformation("{Agent} claimed conversation {ConversationId}", agent, conversationId);
        await messenger.SendAsync(conversationId, HandoffProtocol.StatusEvent("accepted", $"{name} accepted the conversation"), cancellationToken);
        await messenger.SayAsync(conversationId, string.Format(HandoffTexts.For(open.Locale).AgentJoinedFormat, name), cancellationToken);
        return DeskResult.Done;
    }

    public async Task<DeskResult> SendAsync(string conversationId, string agent, string text, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length is 0 or > 4000) return new(DeskFailure.Invalid, "A message needs between 1 and 4,000 characters.");
        if (await OwnedAsync(conversationId, agent, cancellationToken) is not { } open) return await NotOwnerAsync(conversationId, agent, cancellationToken);
        var message = CustomerMessenger.Message(text);
        message.From = AgentIdentity.For(agent, await DisplayNameAsync(agent, cancellationToken));
        await messenger.SendAsync(conversationId, message, cancellationToken);
        await handoffs.ChangeAsync(open.Id, h => h.RecordAgentReply(clock.GetUtcNow()), HandoffEventKinds.AgentReplied, agent, null, cancellationToken);
        return DeskResult.Done;
    }

    public async Task<DeskResult> AddNoteAsync(string conversationId, string agent, string text, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length is 0 or > 4000) return new(DeskFailure.Invalid, "A note needs between 1 and 4,000 characters.");
        var handoff = await handoffs.FindLatestAsync(conversationId, cancellationToken);
        if (handoff is null) return NotFound(conversationId);
        await handoffs.AddNoteAsync(new AgentNoteEntry(conversationId, agent, text, clock.GetUtcNow()), handoff.Id, cancellationToken);
        return DeskResult.Done;
    }

    public async Task<DeskResult> TransferAsync(string conversationId, string agent, TransferTarget target, string? note, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(conversationId, agent, cancellationToken) is not { } open) return await NotOwnerAsync(conversationId, agent, cancellationToken);
        if ((target.Agent is null) == (target.Team is null)) return new(DeskFailure.Invalid, "Transfer to either an agent or a team.");
        var team = target.Team?.Trim().ToLowerInvariant() ?? open.Team;
        if (target.Team is not null && await routing.ActiveTeamsAsync(cancellationToken) is var teams && !teams.Contains(team))
            return new(DeskFailure.Invalid, $"There is no team '{target.Team}' taking conversations. Teams: {string.Join(", ", teams)}.");
        if (target.Agent is { } colleague)
        {
            if (colleague == agent) return new(DeskFailure.Invalid, "You already own this conversation.");
            if ((await router.AgentsAsync(cancellationToken)).All(a => a.UserName != colleague))
                return new(DeskFailure.Invalid, $"There is no agent called '{colleague}'.");
        }
        var moved = await handoffs.ChangeAsync(open.Id, h => h.Transfer(target.Agent, team, clock.GetUtcNow()),
            HandoffEventKinds.Transferred, agent, target.Agent ?? team, cancellationToken);
        if (moved is null) return await NotOwnerAsync(conversationId, agent, cancellationToken);
        if (!string.IsNullOrWhiteSpace(note)) await AddNoteAsync(conversationId, agent, $"Transfer note: {note}", cancellationToken);
        await messenger.SayAsync(conversationId, HandoffTexts.For(open.Locale).Transferred, cancellationToken);
        if (target.Agent is null) await router.OfferAsync(moved, cancellationToken);
        return DeskResult.Done;
    }

    public async Task<DeskResult> ResolveAsync(string conversationId, string agent, string disposition, CancellationToken cancellationToken)
    {
        // "resolved-with-article" and "resolved with article" are the same choice.
        disposition = disposition.Trim().ToLowerInvariant().Replace('-', ' ');
        if (!Dispositions.Contains(disposition))
            return new(DeskFailure.Invalid, $"Choose a disposition: {string.Join(", ", Dispositions)}.");
        if (await OwnedAsync(conversationId, agent, cancellationToken) is not { } open) return await NotOwnerAsync(conversationId, agent, cancellationToken);
        var now = clock.GetUtcNow();
        if (await handoffs.ChangeAsync(open.Id, h => h.Close(HandoffStatus.Resolved, disposition, now), HandoffEventKinds.Resolved, agent, disposition, cancellationToken) is null)
            return await NotOwnerAsync(conversationId, agent, cancellationToken);
        await messenger.SendAsync(conversationId, HandoffProtocol.StatusEvent("completed", disposition), cancellationToken);
        await AskForCsatAsync(open, cancellationToken);
        return DeskResult.Done;
    }

    public async Task<DeskResult> ReleaseAsync(string conversationId, string agent, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(conversationId, agent, cancellationToken) is not { } open) return await NotOwnerAsync(conversationId, agent, cancellationToken);
        if (await handoffs.ChangeAsync(open.Id, h => h.Close(HandoffStatus.Released, "handed back to the bot", clock.GetUtcNow()),
                HandoffEventKinds.Released, agent, null, cancellationToken) is null)
            return await NotOwnerAsync(conversationId, agent, cancellationToken);
        await messenger.SendAsync(conversationId, HandoffProtocol.StatusEvent("completed", "handed back to the bot"), cancellationToken);
        await messenger.SayAsync(conversationId, HandoffTexts.For(open.Locale).BackToBot, cancellationToken);
        return DeskResult.Done;
    }

    public async Task AgentTypingAsync(string conversationId, string agent, CancellationToken cancellationToken)
    {
        if (await OwnedAsync(conversationId, agent, cancellationToken) is null) return;
        await messenger.TypingAsync(conversationId, AgentIdentity.For(agent, await DisplayNameAsync(agent, cancellationToken)), cancellationToken);
    }

    public async IAsyncEnumerable<DateTimeOffset> WatchCustomerTypingAsync(string conversationId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var subscription = feed.SubscribeAll();
        await foreach (var item in subscription.Reader.ReadAllAsync(cancellationToken))
            if (item.ConversationId == conversationId && item.Activity.Name == FeedChanges.CustomerTyping)
                yield return clock.GetUtcNow();
    }

    private async Task AskForCsatAsync(HandoffCase resolved, CancellationToken cancellationToken)
    {
        if (await handoffs.ChangeAsync(resolved.Id, h => h.AskCsat(clock.GetUtcNow()), HandoffEventKinds.CsatAsked, null, null, cancellationToken) is null) return;
        var texts = HandoffTexts.For(resolved.Locale);
        var scores = Enumerable.Range(1, 5).Select(score => new CardAction
        {
            Type = CardActionTypes.MessageBack,
            Title = new string('⭐', score),
            Text = score.ToString(),
            DisplayText = new string('⭐', score),
            Value = System.Text.Json.JsonSerializer.SerializeToElement(new Dictionary<string, int> { [HandoffRelayMiddleware.CsatProperty] = score }),
        }).ToArray();
        await messenger.SayAsync(resolved.ConversationId, texts.CsatQuestion, cancellationToken, scores);
    }

    private async Task<HandoffCase?> OwnedAsync(string conversationId, string agent, CancellationToken cancellationToken) =>
        await handoffs.FindOpenAsync(conversationId, cancellationToken) is { Status: HandoffStatus.Assigned } open && open.Owner == agent ? open : null;

    private async Task<DeskResult> NotOwnerAsync(string conversationId, string agent, CancellationToken cancellationToken)
    {
        var open = await handoffs.FindOpenAsync(conversationId, cancellationToken);
        if (open is null) return NotFound(conversationId);
        if (open.Owner is { } owner && owner != agent) return await ConflictAsync(owner, cancellationToken);
        return new(DeskFailure.NotOwner, "Claim this conversation first.");
    }

    private async Task<DeskResult> ConflictAsync(string? owner, CancellationToken cancellationToken) =>
        new(DeskFailure.Conflict, $"{(owner is null ? "Someone" : await DisplayNameAsync(owner, cancellationToken))} already took this conversation.");

    private static DeskResult NotFound(string conversationId) =>
        new(DeskFailure.NotFound, $"Conversation {conversationId} has no open handoff.");

    private async Task<string> DisplayNameAsync(string agent, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Agents.AsNoTracking().Where(a => a.UserName == agent).Select(a => a.DisplayName).FirstOrDefaultAsync(cancellationToken) ?? agent;
    }
}
