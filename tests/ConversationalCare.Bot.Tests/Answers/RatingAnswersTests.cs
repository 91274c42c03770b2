using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Answers;

/// <summary>Customers rate answers from the chat; unhelpful answers bring a person closer.</summary>
public class RatingAnswersTests
{
    [Fact]
    public async Task An_answer_offers_helpful_and_not_helpful_buttons_that_name_its_article()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        var chat = await DirectLineChat.StartAsync(http);

        var answer = await chat.Ask("how do I return an item?");

        var buttons = answer.SuggestedActions!.Actions;
        var notHelpful = Assert.Single(buttons, b => b.Title == "👎 Not helpful");
        Assert.Contains(buttons, b => b.Title == "👍 Helpful");
        Assert.Equal("notHelpful", notHelpful.Value!.Value.GetProperty("rating").GetString());
        Assert.False(string.IsNullOrEmpty(notHelpful.Value.Value.GetProperty("articleKey").GetString()));
    }

    [Fact]
    public async Task One_not_helpful_rating_offers_a_person_and_a_second_hands_the_chat_over()
    {
        using var host = new BotHost();
        using var http = host.NewClient();
        using var alice = new AgentApiClient(host, "alice");
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);

        var first = await chat.Ask("how do I return an item?");
        await chat.Send("👎 Not helpful", value: Value(first));
        await chat.ExpectReplyContaining("Sorry that didn't help");
        await chat.ExpectReplyContaining("connect you with a person");
        var second = await chat.Ask("what is your refund policy?");
        await chat.Send("👎 Not helpful", value: Value(second));

        await chat.ExpectReplyContaining("in the queue");
        var context = await alice.ContextAsync(chat.ConversationId);
        Assert.Equal("not-helpful", context.Handoff.Reason);
        Assert.Contains(context.ArticlesOffered, a => a.Rating == "notHelpful");
    }

    private static object Value(ConversationalCare.Bot.Activities.Activity answer) =>
        answer.SuggestedActions!.Actions.Single(b => b.Title == "👎 Not helpful").Value!.Value;
}
