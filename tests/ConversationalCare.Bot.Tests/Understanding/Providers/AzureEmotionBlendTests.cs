using ConversationalCare.Bot.Understanding;
using ConversationalCare.Bot.Understanding.Providers;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

public class AzureEmotionBlendTests
{
    private static readonly EmotionReading Frustrated = new(Emotions.Frustration, 0.5, -0.4, ["repeated_contact"]);

    [Fact]
    public void Azure_agreeing_with_a_negative_label_makes_it_felt_more_strongly_per_grievance()
    {
        var blended = AzureEmotionBlend.Combine(Frustrated, new AzureSentiment("negative", 0.05, 0.05, 0.9, NegativeOpinions: 2, PositiveOpinions: 0));

        Assert.Equal(Emotions.Frustration, blended.Label);
        Assert.Equal(-0.85, blended.Sentiment);
        Assert.Equal(0.95, blended.Intensity);
        Assert.Equal(Frustrated.Cues, blended.Cues);
    }

    [Fact]
    public void Azure_agreeing_weakly_never_lowers_what_the_local_cues_saw()
    {
        var blended = AzureEmotionBlend.Combine(Frustrated, new AzureSentiment("negative", 0.3, 0.3, 0.4, 0, 0));

        Assert.Equal(0.5, blended.Intensity);
        Assert.Equal(-0.1, blended.Sentiment);
    }

    [Fact]
    public void Azure_confidently_disagreeing_halves_the_intensity_at_most()
    {
        var blended = AzureEmotionBlend.Combine(Frustrated, new AzureSentiment("positive", 0.9, 0.0, 0.1, 0, 1));

        Assert.Equal(Emotions.Frustration, blended.Label);
        Assert.Equal(0.8, blended.Sentiment);
        Assert.Equal(0.3, blended.Intensity);
    }

    [Fact]
    public void A_neutral_label_keeps_its_intensity_and_takes_Azures_sentiment()
    {
        var neutral = new EmotionReading(Emotions.Neutral, 0.1, 0, []);

        var blended = AzureEmotionBlend.Combine(neutral, new AzureSentiment("mixed", 0.4, 0.1, 0.5, 1, 1));

        Assert.Equal(0.1, blended.Intensity);
        Assert.Equal(-0.1, blended.Sentiment);
    }
}
