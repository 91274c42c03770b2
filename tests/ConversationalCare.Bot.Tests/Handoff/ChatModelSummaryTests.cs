using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Bot.Tests.Understanding.Providers;
using ConversationalCare.Bot.Understanding.Providers;

namespace ConversationalCare.Bot.Tests.Handoff;

/// <summary>The agent's summary: written by a configured chat model from a masked transcript, extractive otherwise.</summary>
public class ChatModelSummaryTests
{
    [Fact]
    public async Task With_a_chat_model_the_agent_reads_its_summary_and_the_model_never_sees_personal_data_in_it()
    {
        await using var model = await FakeProviderServer.StartAsync();
        model.Respond = context => context.Request.Path.Value!.EndsWith("chat/completions", StringComparison.Ordinal)
            ? FakeProviderServer.Json(ProviderResponses.ChatCompletion(
                IsSummaryRequest(model) ? "Customer wants a refund for a lamp that arrived broken; bot offered the returns article." : "{\"intent\":\"request_human\",\"confidence\":0.97}"))(context)
            : FakeProviderServer.Status(404)(context);
        using var host = new BotHost(new()
        {
            [ChatModelOptions.Section + ":Endpoint"] = model.BaseAddress + "v1",
            [ChatModelOptions.Section + ":ModelId"] = "test-model",
            [ChatModelOptions.Section + ":ApiKey"] = "test-key",
        });
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Send("my lamp arrived broken, email kim@example.com, I want a person");
        await chat.ExpectReplyContaining("in the queue");
        var context = await alice.ExpectContextAsync(chat.ConversationId, c => c.Summary.StartsWith("Customer wants a refund"), "the model's summary");

        Assert.StartsWith("Customer wants a refund", context.Summary);
        var summaryRequest = Assert.Single(model.Received, request => request.Body.ToString().Contains("summarise"));
        Assert.DoesNotContain("kim@example.com", summaryRequest.Body.ToString());
        Assert.Contains("[email]", summaryRequest.Body.ToString());
    }

    [Fact]
    public async Task Without_a_chat_model_the_summary_quotes_the_customer()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);

        await chat.Ask("where is my parcel?");
        await chat.Send("I want a person");
        await chat.ExpectReplyContaining("in the queue");
        var context = await alice.ContextAsync(chat.ConversationId);

        Assert.Contains("Customer first asked: \"where is my parcel?\"", context.Summary);
        Assert.Contains("Escalated: the customer asked for a person", context.Summary);
    }

    private static bool IsSummaryRequest(FakeProviderServer model)
    {
        lock (model.Received) return model.Received.Count > 0 && model.Received[^1].Body.ToString().Contains("summarise", StringComparison.Ordinal);
    }
}
