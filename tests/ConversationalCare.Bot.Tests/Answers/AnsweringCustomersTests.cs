using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Answers;

public class AnsweringCustomersTests(SharedBotHost shared) : IClassFixture<SharedBotHost>
{
    private readonly HttpClient _http = shared.Host.NewClient();

    [Fact]
    public async Task Answers_an_english_question_from_the_knowledge_base_in_markdown()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        var reply = await chat.Ask("where is my parcel?");

        Assert.Equal("markdown", reply.TextFormat);
        Assert.Contains("track", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Answers_a_chinese_question_in_chinese_even_on_an_english_page()
    {
        var chat = await DirectLineChat.StartAsync(_http, "en-US");

        var reply = await chat.Ask("我的快递到哪了", locale: "en-US");

        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", reply.Text);
        Assert.Equal("zh-CN", reply.Locale);
    }

    [Fact]
    public async Task Offers_follow_up_questions_that_lead_straight_to_their_article()
    {
        var chat = await DirectLineChat.StartAsync(_http);
        var answer = await chat.Ask("how do I return an item?");
        var followUp = answer.SuggestedActions!.Actions.First();

        var id = await chat.Send(followUp.Text!, value: JsonSerializer.Deserialize<object>(followUp.Value!.Value.GetRawText()));
        var reply = await chat.ExpectBotMessage(a => a.ReplyToId == id);

        Assert.Equal(CardActionTypes.MessageBack, followUp.Type);
        Assert.NotEqual(answer.Text, reply.Text);
        Assert.Equal("markdown", reply.TextFormat);
    }

    [Fact]
    public async Task Says_honestly_when_it_does_not_know_and_suggests_topics()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        var reply = await chat.Ask("what is the airspeed velocity of an unladen swallow");

        Assert.Contains("not sure", reply.Text);
        Assert.NotEmpty(reply.SuggestedActions!.Actions);
    }

    [Fact]
    public async Task Says_it_does_not_know_in_chinese_too()
    {
        var chat = await DirectLineChat.StartAsync(_http, "zh-CN");

        var reply = await chat.Ask("给我讲个笑话吧", locale: "zh-CN");

        Assert.Contains("不太确定", reply.Text);
    }

    [Theory]
    [InlineData("hi there", "en-US", "How can I help")]
    [InlineData("thanks, that helps", "en-US", "You're welcome")]
    [InlineData("你好", "zh-CN", "有什么可以帮您")]
    [InlineData("好的谢谢", "zh-CN", "不客气")]
    public async Task Answers_greetings_and_thanks_with_small_talk(string text, string locale, string expected)
    {
        var chat = await DirectLineChat.StartAsync(_http, locale);

        var reply = await chat.Ask(text, locale);

        Assert.Contains(expected, reply.Text);
    }

    [Fact]
    public async Task Answers_two_quick_questions_in_the_order_they_were_asked()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        var first = chat.Send("how do I reset my password?");
        var second = chat.Send("how much is shipping?");
        var (firstId, secondId) = (await first, await second);
        await chat.ExpectBotMessage(_ => chat.Seen.Any(a => a.ReplyToId == firstId) && chat.Seen.Any(a => a.ReplyToId == secondId), "both replies");

        var replies = chat.Seen.Where(a => a.Type == ActivityTypes.Message && a.ReplyToId is not null).Select(a => a.ReplyToId).ToList();
        var questionsInStoredOrder = chat.Seen.Where(a => a.Id == firstId || a.Id == secondId).Select(a => a.Id).ToList();
        Assert.Equal(questionsInStoredOrder, replies.Where(r => r == firstId || r == secondId).ToList());
    }

    [Fact]
    public async Task Shows_typing_while_it_works_on_an_answer_but_never_stores_it()
    {
        var chat = await DirectLineChat.StartAsync(_http);

        await chat.Ask("how much is shipping?");

        Assert.DoesNotContain(chat.Seen, a => a.Type == ActivityTypes.Typing);
    }
}
