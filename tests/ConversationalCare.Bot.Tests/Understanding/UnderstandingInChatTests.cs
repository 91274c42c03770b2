using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.HandoffConsole;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Understanding;

public class UnderstandingInChatTests
{
    [Fact]
    public async Task With_the_option_on_each_reply_carries_the_intent_and_emotion_of_the_customers_message()
    {
        using var host = new BotHost(new() { ["ConversationalCare:Understanding:ExposeInChannelData"] = "true" });
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);

        var parcel = Understood(await chat.Ask("where is my parcel? it hasn't arrived yet"));
        var chinese = Understood(await chat.Ask("我的快递到哪了", locale: "zh-CN"));
        // Upset but not enough to be handed to a person, so the bot itself replies.
        var upset = Understood(await chat.Ask("ugh, my parcel is late again"));

        Assert.Equal("order_status", parcel.GetProperty("intent").GetString());
        Assert.Equal("order_status", chinese.GetProperty("intent").GetString());
        Assert.Contains(upset.GetProperty("emotion").GetString(), new[] { "anger", "frustration", "anxiety", "sadness" });
        Assert.True(upset.GetProperty("sentiment").GetDouble() < 0);
    }

    [Fact]
    public async Task Every_customer_message_keeps_its_intent_and_emotion_for_the_agent()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);
        await chat.Ask("我的快递到哪了", locale: "zh-CN");
        await chat.Ask("This is the THIRD time I'm asking!!! Your service is useless");

        var transcript = await host.Services.GetRequiredService<IAgentDesk>().GetTranscriptAsync(chat.ConversationId, CancellationToken.None);
        using var browser = new ConsoleBrowser(host);
        await browser.SignInAsync("alice", "Alice-demo-1");
        var page = await browser.Http.GetStringAsync($"/console/conversations/{chat.ConversationId}");

        var customerLines = transcript!.Lines.Where(l => l.Role == "customer" && l.Type == "message").ToList();
        Assert.All(customerLines, l => Assert.NotNull(l.Understanding));
        Assert.Equal("order_status", customerLines[0].Understanding!.Intent);
        Assert.True(customerLines[1].Understanding!.Sentiment < 0);
        Assert.All(transcript.Lines.Where(l => l.Role == "bot"), l => Assert.Null(l.Understanding));
        Assert.Contains("data-testid=\"understanding\"", page);
        Assert.Contains("order_status", page);
    }

    [Fact]
    public async Task By_default_replies_do_not_reveal_what_the_bot_understood()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);

        var reply = await chat.Ask("where is my parcel?");

        Assert.Null(reply.ChannelData);
    }

    private static JsonElement Understood(ConversationalCare.Bot.Activities.Activity reply) =>
        reply.ChannelData!.Value.GetProperty("understanding");
}
