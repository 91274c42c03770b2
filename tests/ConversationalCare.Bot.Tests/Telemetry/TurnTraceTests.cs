using System.Collections.Concurrent;
using System.Diagnostics;
using ConversationalCare.Bot.Telemetry;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>Anyone tracing the host (an OTLP collector) sees each turn as a span with a child for each stage.</summary>
[Collection(TelemetryCollection.Name)]
public class TurnTraceTests
{
    [Fact]
    public async Task A_turn_is_one_span_with_a_child_span_per_stage()
    {
        var finished = new ConcurrentQueue<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CareTraces.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = finished.Enqueue,
        };
        ActivitySource.AddActivityListener(listener);
        using var host = new BotHost();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Ask("how do I return an item?");

        // The welcome is a turn of its own (a conversationUpdate); the question is the message turn.
        var turn = await ExpectAsync(finished, a => a.OperationName == "turn" && (string?)a.GetTagItem("activity.type") == "message"
            && (string?)a.GetTagItem("conversation.id") == chat.ConversationId && (string?)a.GetTagItem("outcome") == "answer");
        var stages = finished.Where(a => a.ParentSpanId == turn.SpanId && a.TraceId == turn.TraceId).Select(a => a.OperationName).ToHashSet();
        Assert.Superset(new HashSet<string> { "store", "understand", "retrieve", "decide", "send" }, stages);
    }

    private static async Task<Activity> ExpectAsync(ConcurrentQueue<Activity> finished, Func<Activity, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (finished.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(50);
        }
        Assert.Fail($"No such span; saw {string.Join(", ", finished.Select(a => a.OperationName).Distinct())}");
        throw new InvalidOperationException();
    }
}
