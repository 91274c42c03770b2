using System.Diagnostics;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.HandoffConsole;
using ConversationalCare.Bot.Understanding.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

public class ProvidersInChatTests
{
    [Fact]
    public async Task A_customer_still_gets_an_answer_when_the_configured_providers_are_down()
    {
        await using var down = await FakeProviderServer.StartAsync();
        down.Respond = FakeProviderServer.Status(503);
        using var host = new BotHost(new()
        {
            ["ConversationalCare:Understanding:ExposeInChannelData"] = "true",
            [AzureLanguageOptions.Section + ":Endpoint"] = down.BaseAddress.ToString(),
            [AzureLanguageOptions.Section + ":Key"] = "test-language-key",
            [ChatModelOptions.Section + ":Endpoint"] = new Uri(down.BaseAddress, "v1").ToString(),
            [ChatModelOptions.Section + ":ModelId"] = "test-model",
            [ChatModelOptions.Section + ":ApiKey"] = "test-chat-key",
        });
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        // The models train as the host starts; waiting here keeps the timing about the providers alone.
        await host.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync();

        var started = Stopwatch.StartNew();
        var reply = await chat.Ask("where is my parcel? it hasn't arrived yet");
        var waited = started.Elapsed;

        var understood = reply.ChannelData!.Value.GetProperty("understanding");
        Assert.Equal("order_status", understood.GetProperty("intent").GetString());
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.True(down.Requests > 0, "the providers were never asked");
        Assert.True(waited < TimeSpan.FromSeconds(5), $"the answer took {waited.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task With_Azure_answering_the_agent_sees_Azures_sentiment_on_the_customers_message()
    {
        await using var azure = await FakeProviderServer.StartAsync();
        azure.Respond = FakeProviderServer.Json(ProviderResponses.AzureSentiment("negative", 0.01, 0.04, 0.95));
        using var host = new BotHost(new()
        {
            [AzureLanguageOptions.Section + ":Endpoint"] = azure.BaseAddress.ToString(),
            [AzureLanguageOptions.Section + ":Key"] = "test-language-key",
        });
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await host.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync();

        await chat.Ask("my parcel is late again, this is so annoying");

        var transcript = await host.Services.GetRequiredService<IAgentDesk>().GetTranscriptAsync(chat.ConversationId, CancellationToken.None);
        var understood = transcript!.Lines.Single(line => line.Role == "customer" && line.Type == "message").Understanding!;
        Assert.Equal(-0.94, understood.Sentiment);
        Assert.Equal("order_status", understood.Intent);
        Assert.Equal(1, azure.Requests);
    }
}
