using ConversationalCare.HandoffConsole.Quality;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>
/// The per-agent quality figure. Per criterion: the mean of its scores over the reviews that scored it, as a
/// percentage of 5. Overall: the mean of each review's percentage (the mean of its scored criteria over 5), so every
/// reviewed conversation weighs the same. N/A is left out of every mean; a figure with nothing scored is null.
/// </summary>
public static class QualityFigures
{
    public static AgentQualityFigure Of(string agent, IReadOnlyList<IReadOnlyList<CriterionScore>> reviews)
    {
        var criteria = QualityRubric.Criteria.ToDictionary(c => c, c => Percent(reviews.SelectMany(r => r).Where(s => s.Criterion == c).Select(s => s.Score)));
        var overall = reviews.Select(r => QualityRubric.Percent(r.Select(s => s.Score))).OfType<double>().ToList();
        return new AgentQualityFigure(agent, reviews.Count, overall.Count == 0 ? null : Math.Round(overall.Average(), 1),
            criteria.ToDictionary(pair => pair.Key, pair => pair.Value));
    }

    private static double? Percent(IEnumerable<int?> scores) => QualityRubric.Percent(scores) is { } percent ? Math.Round(percent, 1) : null;
}
