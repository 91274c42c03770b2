using ConversationalCare.Bot.Supervision.Alerts;

namespace ConversationalCare.Bot.Tests.Supervision.Alerts;

/// <summary>The pure spike rule on synthetic hourly counts: a week of normal traffic, surges, rare intents, recovery.</summary>
public class SpikeDetectorTests
{
    private static readonly AlertOptions Options = new();

    /// <summary>A week of hourly counts with a day/night rhythm and noise: 2–4 at night, 12–20 by day.</summary>
    private static int[] NormalWeek(int seed = 7)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, 7 * 24).Select(h => h % 24 is >= 8 and < 20 ? random.Next(12, 21) : random.Next(2, 5)).ToArray();
    }

    [Fact]
    public void Fires_when_the_last_hour_is_far_above_a_normal_week()
    {
        var assessment = SpikeDetector.Assess(90, NormalWeek(), Options);

        Assert.True(assessment.IsSpike);
        Assert.InRange(assessment.Mean, 6, 12);
    }

    [Fact]
    public void Stays_quiet_on_every_hour_of_a_normal_week()
    {
        var history = NormalWeek(1);
        var nextWeek = NormalWeek(2);

        Assert.All(nextWeek, count => Assert.False(SpikeDetector.Assess(count, history, Options).IsSpike));
    }

    [Fact]
    public void A_rare_intent_needs_the_minimum_volume_however_quiet_it_usually_is()
    {
        var silent = new int[7 * 24];

        Assert.False(SpikeDetector.Assess(9, silent, Options).IsSpike);
        Assert.True(SpikeDetector.Assess(10, silent, Options).IsSpike);
        Assert.False(SpikeDetector.Assess(30, silent, new AlertOptions { SpikeMinimumCount = 50 }).IsSpike);
    }

    [Fact]
    public void Without_a_day_of_history_nothing_is_raised()
    {
        Assert.False(SpikeDetector.Assess(500, new int[10], Options).IsSpike);
        Assert.True(SpikeDetector.Assess(500, new int[24], Options).IsSpike);
    }

    [Fact]
    public void An_incident_closes_only_when_the_rate_is_back_near_the_baseline()
    {
        var week = Enumerable.Repeat(16, 7 * 24).ToArray();

        var stillHigh = SpikeDetector.Assess(25, week, Options);
        var normal = SpikeDetector.Assess(18, week, Options);

        Assert.False(stillHigh.IsSpike);
        Assert.False(stillHigh.IsNormal);
        Assert.True(normal.IsNormal);
    }
}
