using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Conversations;

/// <summary>
/// One conversation written through two hosts of one database: the watermark is assigned by the database, so it stays
/// strictly increasing and gap-free, and a client gets exactly what it missed from either host. No Redis here: these
/// hold because the database is the truth, whatever the live messages between hosts do.
/// </summary>
public class CrossHostOrderTests
{
    [Fact]
    public async Task Two_hosts_appending_to_one_conversation_at_once_keep_its_watermarks_strictly_increasing_and_gap_free()
    {
        using var hosts = TwoHosts.Start();
        using var http = hosts.A.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        TranscriptWriter[] writers = [hosts.A.Services.GetRequiredService<TranscriptWriter>(), hosts.B.Services.GetRequiredService<TranscriptWriter>()];

        var stored = new List<Activity>();
        for (var round = 0; round < 5; round++)
            stored.AddRange(await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
                writers[i % 2].AppendAsync(chat.ConversationId, StoredNote.From($"round {round} note {i} via {(i % 2 == 0 ? "A" : "B")}")))));

        await using var db = await hosts.A.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        var sequences = await db.Activities.Where(a => a.ConversationId == chat.ConversationId).OrderBy(a => a.Sequence)
            .Select(a => a.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
        Assert.Equal(100, stored.Select(a => a.Id).Distinct().Count());
        var conversation = await db.Conversations.SingleAsync(c => c.Id == chat.ConversationId);
        Assert.Equal(sequences[^1], conversation.LastSequence);
    }

    [Fact]
    public async Task A_customer_who_reconnects_to_the_other_host_with_a_watermark_gets_exactly_what_was_missed()
    {
        using var hosts = TwoHosts.Start();
        using var http = hosts.A.NewClient();
        using var alice = new AgentApiClient(hosts.B, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Send("I want to talk to a person");
        await chat.ExpectReplyContaining("in the queue");
        var watermark = chat.Watermark;

        // Host A goes away with the customer's socket; meanwhile the agent works through host B.
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await alice.ClaimAsync(chat.ConversationId)).StatusCode);
        await alice.SayAsync(chat.ConversationId, "Hi, Alice here");
        await alice.SayAsync(chat.ConversationId, "I can see your order");
        await using var socket = await DirectLineSocket.OpenAsync(chat.StreamUrl!, on: hosts.B, watermark: watermark);
        await socket.ExpectTextAsync("I can see your order");

        var missed = await hosts.B.Services.GetRequiredService<ConversationStore>()
            .ReadAfterAsync(chat.ConversationId, long.Parse(watermark), 100, CancellationToken.None);
        Assert.Equal(missed.Select(a => a.ActivityId), socket.Stored.Select(r => r.Activity.Id));
        Assert.Contains(missed, a => a.Text == "Hi, Alice here");
    }

    [Fact]
    public async Task A_stream_that_did_not_hear_an_activity_stored_by_the_other_host_fills_the_gap_from_storage_in_order()
    {
        // Without Redis the hosts do not hear each other, which is what a missed message looks like.
        using var hosts = TwoHosts.Start();
        using var http = hosts.A.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await using var socket = await DirectLineSocket.OpenAsync(chat.StreamUrl!);
        await socket.ExpectAsync(a => a.Type == ActivityTypes.Message, "the welcome");

        await hosts.B.Services.GetRequiredService<TranscriptWriter>().AppendAsync(chat.ConversationId, StoredNote.From("stored through B"));
        await hosts.A.Services.GetRequiredService<TranscriptWriter>().AppendAsync(chat.ConversationId, StoredNote.From("stored through A"));
        await socket.ExpectTextAsync("stored through A");

        var texts = socket.Stored.Select(r => r.Activity.Text).ToList();
        Assert.Equal(["stored through B", "stored through A"], texts[^2..]);
        var watermarks = socket.Stored.Select(r => r.Watermark).ToList();
        Assert.Equal(Enumerable.Range(1, watermarks.Count).Select(i => (long)i), watermarks);
    }
}
