using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

public class TryItTests : BunitContext
{
    private static readonly Article[] Articles =
    [
        new("en-returns", "en-US", "Returns", "How do I return an item?", ["Can I send my order back?", "I want a refund for my purchase"],
            "Send it back within **30 days**:\n\n- open [Returns](https://lumen.example/returns)\n- <script>alert(1)</script>", ["returns", "refund"], []),
        new("en-parking", "en-US", "Stores", "Where can I park at the store?", ["Is there a car park?"],
            "Free parking behind the store.", ["parking"], []),
        new("zh-returns", "zh-CN", "退货", "如何退货？", ["我想退货", "怎么申请退款"], "请在 **30 天内** 退回商品。", ["退货"], []),
    ];

    private readonly LuceneKnowledgeSearch search = new(Articles);

    public TryItTests()
    {
        Services.AddSingleton<IKnowledgeSearch>(search);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<TryIt> Ask(string question, string locale = "en-US")
    {
        var box = Render<TryIt>();
        box.Find("#try-question").Change(question);
        box.Find("#try-locale").Change(locale);
        box.Find("form").Submit();
        box.WaitForAssertion(() => box.Find("[data-testid=try-result]"), TimeSpan.FromSeconds(5));
        return box;
    }

    [Fact]
    public async Task Try_it_shows_the_article_the_bot_would_answer_with()
    {
        const string question = "how can I return my item";
        var expected = await search.SearchAsync(question, "en-US", TryIt.Top);
        Assert.Equal(AnswerConfidence.High, expected.Confidence);

        var result = Ask(question).Find("[data-testid=try-result]");

        Assert.StartsWith("Answer", result.QuerySelector("[data-testid=try-decision]")!.TextContent.Trim());
        var best = result.QuerySelectorAll("[data-testid=try-candidate]")[0];
        Assert.Equal("en-returns", best.QuerySelector("[data-testid=try-key]")!.TextContent);
        Assert.Equal("How do I return an item?", best.QuerySelector(".question")!.TextContent);
        Assert.Equal(expected.Best!.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            best.QuerySelector("[data-testid=try-score]")!.TextContent);
        Assert.Matches(@"^[01]\.\d\d$", best.QuerySelector("[data-testid=try-score]")!.TextContent);
        Assert.Equal(expected.Best.MatchedField == KnowledgeFields.AlternateQuestions ? "alternate question" : expected.Best.MatchedField,
            best.QuerySelector("[data-testid=try-field]")!.TextContent);
    }

    [Fact]
    public void Renders_the_answer_as_the_chat_does_and_never_runs_html_from_it()
    {
        var answer = Ask("how can I return my item").Find("[data-testid=try-candidate] [data-testid=try-answer]");

        Assert.Equal("30 days", answer.QuerySelector("strong")!.TextContent);
        Assert.Equal("https://lumen.example/returns", answer.QuerySelector("li a")!.GetAttribute("href"));
        Assert.Empty(answer.QuerySelectorAll("script"));
    }

    [Fact]
    public void Answers_chinese_questions_from_chinese_articles()
    {
        var result = Ask("我要退货", "zh-CN").Find("[data-testid=try-result]");

        Assert.Equal("zh-returns", result.QuerySelector("[data-testid=try-key]")!.TextContent);
    }

    [Fact]
    public void Says_the_bot_would_fall_back_when_no_article_matches()
    {
        var result = Ask("quantum chromodynamics lecture notes").Find("[data-testid=try-result]");

        Assert.StartsWith("Fallback", result.QuerySelector("[data-testid=try-decision]")!.TextContent.Trim());
    }

    [Theory]
    [InlineData(AnswerConfidence.High, 1, TryDecision.Answer)]
    [InlineData(AnswerConfidence.Low, 2, TryDecision.Clarify)]
    [InlineData(AnswerConfidence.Low, 0, TryDecision.Fallback)]
    [InlineData(AnswerConfidence.None, 0, TryDecision.Fallback)]
    public void Decides_like_the_bot_from_the_confidence(AnswerConfidence confidence, int candidates, TryDecision decision)
    {
        var result = new KnowledgeResult(Articles.Take(candidates).Select(a => new KnowledgeCandidate(a, 0.3, KnowledgeFields.Question)).ToList(), confidence);

        Assert.Equal(decision, TryIt.DecisionOf(result));
    }

    [Fact]
    public void Shows_nothing_for_an_empty_question()
    {
        var box = Render<TryIt>();
        box.Find("#try-question").Change("   ");
        box.Find("form").Submit();

        Assert.Empty(box.FindAll("[data-testid=try-result]"));
    }
}
