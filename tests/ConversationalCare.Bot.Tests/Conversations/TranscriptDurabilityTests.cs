using System.Net;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Conversations;

public class TranscriptDurabilityTests
{
    [Fact]
    public async Task A_transcript_and_its_token_survive_a_restart_and_resuming_returns_exactly_what_was_missed()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        try
        {
            DirectLineChat chat;
            string watermarkBeforeRestart;
            using (var first = new BotHost(dataDirectory: dataDirectory))
            using (var http = first.NewClient())
            {
                chat = await DirectLineChat.StartAsync(http);
                await chat.Send("hello");
                await chat.ExpectBotMessage(_ => chat.Seen.Count(a => a.From?.Id != chat.UserId) >= 2, "a welcome and a reply");
                watermarkBeforeRestart = chat.Watermark;
                // Sent but never read before the restart: these are what the client missed.
                await chat.Send("how do I return an item?");
                await chat.Send("thanks");
            }

            using var second = new BotHost(dataDirectory: dataDirectory);
            using var again = second.NewClient();
            using var resume = DirectLineChat.Authorized(HttpMethod.Get,
                $"/v3/directline/conversations/{chat.ConversationId}/activities?watermark={watermarkBeforeRestart}", chat.Token);
            using var response = await again.SendAsync(resume);
            var missed = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync())
                .RootElement.GetProperty("activities").EnumerateArray().ToList();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var customerLines = missed.Where(a => a.GetProperty("from").GetProperty("id").GetString() == chat.UserId)
                .Select(a => a.GetProperty("text").GetString()).ToList();
            Assert.Equal(["how do I return an item?", "thanks"], customerLines);
            var sequence = missed.Select(a => long.Parse(a.GetProperty("id").GetString()!.Split('|')[1])).ToList();
            Assert.Equal(long.Parse(watermarkBeforeRestart) + 1, sequence[0]);
            Assert.Equal(Enumerable.Range((int)sequence[0], sequence.Count).Select(i => (long)i), sequence);
        }
        finally { BotHost.DeleteData(dataDirectory); }
    }
}
