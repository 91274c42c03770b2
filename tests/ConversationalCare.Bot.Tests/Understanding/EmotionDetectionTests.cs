using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Tests.Understanding;

[Collection(UnderstandingCollection.Name)]
public class EmotionDetectionTests(TrainedUnderstanding understanding)
{
    private EmotionReading Detect(string text, string locale = "en-US") => understanding.Emotions.Detect(text, locale);

    [Fact]
    public void An_all_caps_third_complaint_reads_as_intense_anger()
    {
        var reading = Detect("THIRD TIME I AM WRITING ABOUT THIS AND STILL NOTHING!!!");

        Assert.Equal(Emotions.Anger, reading.Label);
        Assert.True(reading.Intensity >= 0.8, $"intensity {reading.Intensity}");
        Assert.True(reading.Sentiment <= -0.6, $"sentiment {reading.Sentiment}");
        Assert.Contains(EmotionCues.Shouting, reading.Cues);
        Assert.Contains(EmotionCues.RepeatContact, reading.Cues);
    }

    [Fact]
    public void A_chinese_repeat_complaint_reads_as_negative_and_intense()
    {
        var reading = Detect("第三次联系你们了，退款还没到？？？", "zh-CN");

        Assert.True(reading.IsNegative);
        Assert.True(reading.Intensity >= 0.8, $"intensity {reading.Intensity}");
        Assert.Contains(EmotionCues.RepeatedPunctuation, reading.Cues);
    }

    [Theory]
    [InlineData("thanks a million, you've sorted it", "en-US")]
    [InlineData("收到了，非常满意，谢谢你们", "zh-CN")]
    public void A_thank_you_reads_as_satisfaction(string text, string locale)
    {
        var reading = Detect(text, locale);

        Assert.Equal(Emotions.Satisfaction, reading.Label);
        Assert.True(reading.Sentiment > 0.3, $"sentiment {reading.Sentiment}");
    }

    [Theory]
    [InlineData("i'm really nervous the parcel won't come before my flight", "en-US")]
    [InlineData("好担心包裹寄丢了", "zh-CN")]
    public void A_worried_customer_reads_as_anxious(string text, string locale) =>
        Assert.Equal(Emotions.Anxiety, Detect(text, locale).Label);

    [Theory]
    [InlineData("do you sell replacement filters for the purifier", "en-US")]
    [InlineData("这个桌子有白色的吗", "zh-CN")]
    public void A_plain_question_reads_as_neutral(string text, string locale)
    {
        var reading = Detect(text, locale);

        Assert.Equal(Emotions.Neutral, reading.Label);
        Assert.InRange(reading.Sentiment, -0.2, 0.2);
    }

    [Fact]
    public void Shouting_and_repeated_marks_make_the_same_words_more_intense()
    {
        var calm = Detect("my refund has not arrived");
        var loud = Detect("MY REFUND HAS STILL NOT ARRIVED!!!");

        Assert.True(loud.Intensity > calm.Intensity, $"{loud.Intensity} vs {calm.Intensity}");
        Assert.True(loud.Sentiment < calm.Sentiment, $"{loud.Sentiment} vs {calm.Sentiment}");
    }

    [Theory]
    [InlineData("this damn kettle", EmotionCues.Profanity)]
    [InlineData("什么垃圾东西", EmotionCues.Profanity)]
    [InlineData("need it asap", EmotionCues.Urgency)]
    [InlineData("麻烦马上处理", EmotionCues.Urgency)]
    [InlineData("我要投诉你们", EmotionCues.ComplaintThreat)]
    [InlineData("又坏了", EmotionCues.RepeatContact)]
    public void Customer_service_cues_are_named(string text, string cue) =>
        Assert.Contains(cue, EmotionCues.In(text));

    [Theory]
    [InlineData("hello there")]
    [InlineData("I ordered from DHL and UPS")]
    [InlineData("technical issue with the app")]
    public void Ordinary_words_are_not_mistaken_for_cues(string text) =>
        Assert.Empty(EmotionCues.In(text));
}
