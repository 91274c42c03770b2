using System.Collections.Concurrent;
using ConversationalCare.Bot.Understanding.Providers;
using ConversationalCare.HandoffConsole;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Handoff.Context;

/// <summary>
/// The summary an agent reads first: extractive by default (it never invents anything); written by the configured
/// chat model when there is one, from a transcript with personal data masked. A model summary is made once per
/// transcript position and cached, so live console refreshes do not call the model again; any failure keeps the
/// extractive one.
/// </summary>
public sealed class HandoffSummarizer(ChatModelClient chatModel, IOptions<ChatModelOptions> options, ILogger<HandoffSummarizer> logger)
{
    private const int CacheLimit = 2_000;
    private readonly ConcurrentDictionary<(string Conversation, long Sequence), string> _written = new();

    public async Task<string> SummarizeAsync(string conversationId, string locale, IReadOnlyList<TranscriptLine> transcript,
        string reason, IReadOnlyList<OfferedArticle> offered, bool mayAskModel, CancellationToken cancellationToken)
    {
        var extractive = ConversationSummarizer.Summarize(transcript, reason, offered);
        if (!mayAskModel || !options.Value.IsConfigured || transcript.Count == 0) return extractive;
        var key = (conversationId, transcript[^1].Sequence);
        if (_written.TryGetValue(key, out var cached)) return cached;
        try
        {
            var lines = transcript.Where(l => l.Type == "message" && !string.IsNullOrWhiteSpace(l.Text))
                .Select(l => $"{l.Role}: {EntityFinder.Mask(l.Text!)}");
            var written = await chatModel.SummarizeAsync($"Escalated because: {reason}\n" + string.Join("\n", lines), locale, cancellationToken);
            if (written is null) return extractive;
            if (_written.Count >= CacheLimit) _written.Clear();
            _written[key] = written;
            return written;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Chat model summary unavailable for {ConversationId}, showing the extractive one: {Reason}", conversationId, error.GetType().Name);
            return extractive;
        }
    }
}
