using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Availability;

/// <summary>
/// A host told to stop (SIGTERM, a redeploy) while customers chat: it finishes the turn it is working on, turns new
/// messages away with 503 and Retry-After so the client retries elsewhere, closes sockets normally so clients
/// reconnect, and loses nothing it acknowledged.
/// </summary>
public class GracefulStopTests
{
    [Fact]
    public async Task Stopping_finishes_the_turn_in_flight_refuses_new_messages_with_503_and_loses_nothing_acknowledged()
    {
        var data = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        var gate = new TurnGate("hold on");
        var acknowledged = new List<(string Id, string Text)>();
        string heldId;
        string heldConversation, otherConversation;
        try
        {
            using (var host = new BotHost(dataDirectory: data, services: gate.InsertAfterTheTranscript))
            {
                using var http = host.NewClient();
                var held = await DirectLineChat.StartAsync(http);
                var other = await DirectLineChat.StartAsync(http);
                (heldConversation, otherConversation) = (held.ConversationId, other.ConversationId);
                await using var socket = await DirectLineSocket.OpenAsync(other.StreamUrl!);
                acknowledged.Add((await other.Send("where is my parcel?"), "where is my parcel?"));

                heldId = await held.Send("hold on, can I change my address?");
                await gate.Entered.WaitAsync(TimeSpan.FromSeconds(30));
                var stopping = host.StopAsync();

                // Whatever is acknowledged until the host starts refusing must be kept; the first refusal is a 503.
                for (var i = 1; ; i++)
                {
                    var text = $"one more question #{i}";
                    using var response = await other.TrySend(text);
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!, text));
                        continue;
                    }
                    Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                        $"A message sent while stopping got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                    Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 503 should say when to retry.");
                    Assert.Contains("stopping", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
                    break;
                }
                Assert.False(socket.Closed.IsCompleted, "The socket closed before the turn in flight was done.");

                gate.Release();
                await socket.Closed.WaitAsync(TimeSpan.FromSeconds(30));
                Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.CloseStatus);
                await stopping.WaitAsync(TimeSpan.FromSeconds(60));
            }

            using var restarted = new BotHost(dataDirectory: data);
            using var reader = restarted.NewClient();
            var heldTranscript = await DirectLineChat.ReadTranscriptAsync(reader, heldConversation);
            Assert.Single(heldTranscript, a => a.Id == heldId);
            Assert.Contains(heldTranscript, a => a.ReplyToId == heldId && a.From?.Role == "bot");
            var otherTranscript = await DirectLineChat.ReadTranscriptAsync(reader, otherConversation);
            foreach (var (id, text) in acknowledged)
                Assert.True(otherTranscript.Count(a => a.Id == id && a.Text == text) == 1, $"'{text}' was acknowledged before the stop but is not stored once.");
        }
        finally
        {
            BotHost.DeleteData(data);
        }
    }

    /// <summary>Holds turns whose text contains a phrase, just after the message is stored, until the test lets them go.</summary>
    private sealed class TurnGate(string phrase) : ITurnMiddleware
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public void Release() => _release.TrySetResult();

        public async Task OnTurnAsync(TurnContext turn, Func<Task> next, CancellationToken cancellationToken)
        {
            if (turn.Activity.Text?.Contains(phrase, StringComparison.Ordinal) == true)
            {
                _entered.TrySetResult();
                await _release.Task.WaitAsync(cancellationToken);
            }
            await next();
        }

        public void InsertAfterTheTranscript(IServiceCollection services)
        {
            var recorder = services.Single(d => d.ImplementationType == typeof(TranscriptRecorderMiddleware));
            services.Insert(services.IndexOf(recorder) + 1, ServiceDescriptor.Singleton<ITurnMiddleware>(this));
        }
    }
}
