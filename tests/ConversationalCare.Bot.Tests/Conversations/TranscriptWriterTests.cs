using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Conversations;

/// <summary>
/// The writer updates what the bot understood of a message by its key, without reading the row first, and remembers
/// each conversation's watermark between batches. Neither shortcut may cost a customer a message.
/// </summary>
public class TranscriptWriterTests
{
    [Fact]
    public async Task Understanding_recorded_for_a_message_that_is_gone_is_dropped_and_the_messages_written_beside_it_are_stored()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        var writer = host.Services.GetRequiredService<TranscriptWriter>();
        var note = await writer.AppendAsync(chat.ConversationId, StoredNote.From("already stored"));
        var gone = $"{chat.ConversationId}|9999999";

        // Queued together, so they are likely to share one batch with the update that finds no row.
        var annotation = new MessageAnnotation("order_status", 0.9, "neutral", 0.1, 0);
        var writes = new List<Task>
        {
            writer.AnnotateAsync(chat.ConversationId, gone, annotation),
            writer.RecordOutcomeAsync(chat.ConversationId, gone, new TurnOutcome("Answer", "test", null, null)),
            writer.AnnotateAsync(chat.ConversationId, note.Id!, annotation),
        };
        var appended = Enumerable.Range(0, 10).Select(i => writer.AppendAsync(chat.ConversationId, StoredNote.From($"note {i}"))).ToList();
        await Task.WhenAll(writes.Concat(appended));

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        var rows = await db.Activities.Where(a => a.ConversationId == chat.ConversationId).OrderBy(a => a.Sequence).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"note {i}"), rows.Where(r => r.Text?.StartsWith("note ") == true).Select(r => r.Text));
        Assert.Equal("order_status", rows.Single(r => r.ActivityId == note.Id).Intent);
        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long)i), rows.Select(r => r.Sequence));
    }

    [Fact]
    public async Task Understanding_and_outcome_of_one_message_both_land_on_it_without_touching_its_words()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        var writer = host.Services.GetRequiredService<TranscriptWriter>();
        var message = await writer.AppendAsync(chat.ConversationId, StoredNote.From("where is my parcel?"));

        await Task.WhenAll(
            writer.AnnotateAsync(chat.ConversationId, message.Id!, new MessageAnnotation("order_status", 0.8, "anger", 0.7, -0.6)),
            writer.RecordOutcomeAsync(chat.ConversationId, message.Id!, new TurnOutcome("Answer", "matched", "parcel-tracking", null)));

        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        var row = await db.Activities.SingleAsync(a => a.ActivityId == message.Id);
        Assert.Equal(("order_status", "anger", "Answer", "parcel-tracking"), (row.Intent, row.Emotion, row.Outcome, row.ArticleKey));
        Assert.Equal(("where is my parcel?", -0.6), (row.Text, row.Sentiment));
        Assert.Contains("where is my parcel?", row.Json);
    }

    [Fact]
    public async Task An_id_that_is_not_a_stored_activity_of_the_conversation_is_refused_with_the_reason()
    {
        using var host = new BotHost();
        var writer = host.Services.GetRequiredService<TranscriptWriter>();

        var refused = await Assert.ThrowsAsync<ArgumentException>(() =>
            writer.AnnotateAsync("conversation-a", "conversation-b|0000001", new MessageAnnotation("x", 1, "neutral", 0, 0)));
        Assert.Contains("conversation-a", refused.Message);
    }
}
