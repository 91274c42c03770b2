using System.Net;
using System.Net.Http.Json;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Channels.DirectLine;

public class DirectLineRateLimitTests
{
    [Fact]
    public async Task A_runaway_client_gets_429_with_retry_after_and_its_accepted_messages_stay()
    {
        using var host = new BotHost(new() { ["ConversationalCare:DirectLine:ActivitiesPerMinute"] = "3" });
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        for (var i = 0; i < 3; i++) await chat.Send($"message {i}");

        using var fourth = DirectLineChat.Authorized(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token);
        fourth.Content = JsonContent.Create(new { type = "message", text = "one too many", from = new { id = chat.UserId } });
        var response = await http.SendAsync(fourth);
        await chat.Poll();

        await DirectLineRefusalTests.AssertError(response, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.True(response.Headers.Contains("Retry-After"));
        Assert.Equal(3, chat.Seen.Count(a => a.From?.Id == chat.UserId && a.Type == "message"));
    }
}
