using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Tests.Understanding;

public class EmotionTrajectoryTests
{
    private static EmotionReading Felt(string label, double intensity, double sentiment) => new(label, intensity, sentiment, []);

    private static readonly EmotionReading Calm = Felt(Emotions.Neutral, 0.1, 0);
    private static readonly EmotionReading Annoyed = Felt(Emotions.Frustration, 0.6, -0.5);
    private static readonly EmotionReading Furious = Felt(Emotions.Anger, 1, -1);
    private static readonly EmotionReading Pleased = Felt(Emotions.Satisfaction, 0.7, 0.6);

    [Fact]
    public void A_conversation_getting_angrier_is_worsening()
    {
        var trajectory = EmotionTrajectory.From([Calm, Calm, Annoyed, Furious, Furious]);

        Assert.True(trajectory.IsWorsening(turns: 3));
        Assert.True(trajectory.Score < -0.5, $"score {trajectory.Score}");
    }

    [Fact]
    public void A_calm_conversation_is_not_worsening()
    {
        var trajectory = EmotionTrajectory.From([Calm, Calm, Calm, Pleased]);

        Assert.False(trajectory.IsWorsening());
        Assert.True(trajectory.Score > 0);
    }

    [Fact]
    public void Calming_down_on_the_latest_message_is_not_worsening()
    {
        var trajectory = EmotionTrajectory.From([Calm, Furious, Furious, Pleased]);

        Assert.False(trajectory.IsWorsening());
        Assert.True(trajectory.Change(1) > 0);
    }

    [Fact]
    public void Older_messages_count_less_than_recent_ones()
    {
        var angryLongAgo = EmotionTrajectory.From([Furious, Calm, Calm, Calm, Calm]);
        var angryJustNow = EmotionTrajectory.From([Calm, Calm, Calm, Calm, Furious]);

        Assert.True(angryJustNow.Score < angryLongAgo.Score);
    }

    [Fact]
    public void A_longer_half_life_keeps_more_of_an_outburst_as_calm_messages_follow()
    {
        var forgetful = EmotionTrajectory.From([Furious, Calm, Calm], halfLifeTurns: 1);
        var patient = EmotionTrajectory.From([Furious, Calm, Calm], halfLifeTurns: 4);

        Assert.Equal(0.25, forgetful.Score / forgetful.Scores[0], precision: 6);
        Assert.True(patient.Score / patient.Scores[0] > 0.25);
    }

    [Fact]
    public void Starts_neutral_before_the_customer_says_anything()
    {
        var trajectory = EmotionTrajectory.Start();

        Assert.Equal(0, trajectory.Score);
        Assert.False(trajectory.IsWorsening());
    }
}
