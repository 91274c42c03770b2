using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Tests.Understanding;

/// <summary>Every message here is a paraphrase that is not in the training data.</summary>
[Collection(UnderstandingCollection.Name)]
public class IntentClassificationTests(TrainedUnderstanding understanding)
{
    private IntentPrediction Classify(string text, string locale = "en-US") => understanding.Intents.Classify(text, locale);

    [Fact]
    public void Recognises_a_chinese_order_status_question() =>
        Assert.Equal(Intents.OrderStatus, Classify("我上周买的锅到现在还没发货", "zh-CN").Intent);

    [Fact]
    public void Recognises_an_english_refund_question_with_a_typo() =>
        Assert.Equal(Intents.ReturnsRefunds, Classify("how long till i get my refnud for the lamp i sent back").Intent);

    [Fact]
    public void Understands_chinese_mixed_with_english() =>
        Assert.Equal(Intents.ReturnsRefunds, Classify("这个blender我想return", "zh-CN").Intent);

    [Theory]
    [InlineData("人工")]
    [InlineData("转人工！")]
    [InlineData("我要人工客服")]
    [InlineData("客服电话多少")]
    public void Anyone_typing_人工_wants_a_person(string text)
    {
        var prediction = Classify(text, "zh-CN");

        Assert.Equal(Intents.RequestHuman, prediction.Intent);
        Assert.Equal(1.0, prediction.Confidence);
        Assert.True(prediction.MatchedRule);
    }

    [Theory]
    [InlineData("agent")]
    [InlineData("Real person please")]
    [InlineData("let me talk to a human")]
    public void Asking_for_an_agent_in_english_wants_a_person_for_certain(string text)
    {
        var prediction = Classify(text);

        Assert.Equal(Intents.RequestHuman, prediction.Intent);
        Assert.Equal(1.0, prediction.Confidence);
    }

    [Theory]
    [InlineData("what are your customer service hours?", "en-US")]
    [InlineData("is customer support open on sundays", "en-US")]
    [InlineData("客服几点上班？", "zh-CN")]
    [InlineData("人工客服周末有人吗几点到几点", "zh-CN")]
    public void Asking_when_people_are_on_hand_is_a_question_for_the_bot_not_a_request_for_a_person(string text, string locale) =>
        Assert.NotEqual(Intents.RequestHuman, Classify(text, locale).Intent);

    [Theory]
    [InlineData("人工智能是什么", "zh-CN")]
    [InlineData("your customer service is slow", "en-US")]
    public void Words_about_people_inside_a_longer_message_are_left_to_the_model(string text, string locale) =>
        Assert.False(Classify(text, locale).MatchedRule);

    [Theory]
    [InlineData("what's the capital of France", "en-US")]
    [InlineData("给我写首诗", "zh-CN")]
    public void Trivia_and_errands_are_out_of_scope(string text, string locale)
    {
        var prediction = Classify(text, locale);

        Assert.True(prediction.IsOutOfScope);
        Assert.Equal(Intents.OutOfScope, prediction.Intent);
    }

    [Fact]
    public void A_blank_message_is_out_of_scope_without_guessing()
    {
        var prediction = Classify("   ");

        Assert.True(prediction.IsOutOfScope);
        Assert.All(prediction.Ranked, score => Assert.Equal(0, score.Probability));
    }

    [Fact]
    public void Ranks_every_intent_with_probabilities_that_sum_to_at_most_one()
    {
        var prediction = Classify("can I pay with apple pay");

        Assert.Equal(Intents.All.Order(), prediction.Ranked.Select(score => score.Intent).Order());
        Assert.Equal(prediction.Ranked.OrderByDescending(score => score.Probability), prediction.Ranked);
        Assert.InRange(prediction.Ranked.Sum(score => score.Probability), 0.99, 1.0001);
        Assert.Equal(Intents.BillingPayment, prediction.Intent);
    }

    [Fact]
    public void A_guess_below_the_threshold_counts_as_out_of_scope()
    {
        var source = new CsvUtteranceSource(Microsoft.Extensions.Options.Options.Create(new UnderstandingOptions()));
        var strict = new LocalIntentClassifier(source, new StaticOptions(new UnderstandingOptions { OutOfScopeThreshold = 0.999 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<LocalIntentClassifier>.Instance);
        strict.Retrain(UtteranceCsv.Read(Path.Combine(AppContext.BaseDirectory, "Understanding", "Training", "intents.csv"), "intent"));

        var prediction = strict.Classify("umm the thing i got is kind of odd", "en-US");

        Assert.True(prediction.IsOutOfScope);
        Assert.NotEqual(Intents.OutOfScope, prediction.Suggestions(3).First().Intent);
    }
}
