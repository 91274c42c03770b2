namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// How a conversation's mood moves: an exponentially weighted average of each customer message's sentiment, so
/// recent messages count most and one angry line does not define a long, calm chat. Starts neutral at 0; the
/// half-life is in turns. Immutable: <see cref="After"/> returns the next trajectory, which suits storing
/// readings on messages and rebuilding with <see cref="From"/>.
/// </summary>
public sealed class EmotionTrajectory
{
    private readonly double _halfLifeTurns;
    private readonly double[] _scores;

    private EmotionTrajectory(double halfLifeTurns, double[] scores)
    {
        _halfLifeTurns = halfLifeTurns;
        _scores = scores;
    }

    public static EmotionTrajectory Start(double halfLifeTurns = 2) =>
        halfLifeTurns > 0 ? new(halfLifeTurns, []) : throw new ArgumentOutOfRangeException(nameof(halfLifeTurns));

    public static EmotionTrajectory From(IEnumerable<EmotionReading> readings, double halfLifeTurns = 2) =>
        readings.Aggregate(Start(halfLifeTurns), (trajectory, reading) => trajectory.After(reading));

    /// <summary>−1 (furious) … 1 (delighted); 0 before the customer has said anything.</summary>
    public double Score => _scores.Length == 0 ? 0 : _scores[^1];

    public int Turns => _scores.Length;

    /// <summary>The score after each customer message, oldest first.</summary>
    public IReadOnlyList<double> Scores => _scores;

    public EmotionTrajectory After(EmotionReading reading)
    {
        // Weight of the newest message such that a message's influence halves every half-life turns.
        var alpha = 1 - Math.Pow(0.5, 1 / _halfLifeTurns);
        return new(_halfLifeTurns, [.. _scores, (1 - alpha) * Score + alpha * reading.Sentiment]);
    }

    /// <summary>Change of the score over the last <paramref name="turns"/> messages; negative when mood is falling.</summary>
    public double Change(int turns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(turns, 1);
        if (_scores.Length == 0) return 0;
        var before = _scores.Length > turns ? _scores[^(turns + 1)] : 0;
        return Score - before;
    }

    /// <summary>
    /// True when the mood fell by at least <paramref name="minimumDrop"/> over the last <paramref name="turns"/>
    /// messages and did not recover on the latest one: what an escalation policy reads as "getting worse".
    /// </summary>
    public bool IsWorsening(int turns = 3, double minimumDrop = 0.15) =>
        _scores.Length >= 1 && Change(turns) <= -minimumDrop && Change(1) <= 0;
}
