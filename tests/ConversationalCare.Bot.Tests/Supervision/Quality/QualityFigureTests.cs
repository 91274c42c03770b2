using ConversationalCare.Bot.Supervision.Quality;
using ConversationalCare.HandoffConsole.Quality;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using static ConversationalCare.Bot.Tests.Supervision.Quality.QualityHistory;

namespace ConversationalCare.Bot.Tests.Supervision.Quality;

/// <summary>
/// Alice's two reviews, worked out by hand (N/A in brackets):
/// <code>
///              greeting accuracy empathy resolution closing privacy   review
///   review 1       5        4       3       [N/A]      5       5      22/5 = 4.4 → 88 %
///   review 2       3        3       4         2      [N/A]   [N/A]    12/4 = 3.0 → 60 %
///   criterion     80 %     70 %    70 %      40 %     100 %   100 %   overall (88 + 60) / 2 = 74 %
/// </code>
/// </summary>
public sealed class QualityFigureTests : IDisposable
{
    private readonly CareDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(WeekStart.AddDays(8));

    private static IReadOnlyList<CriterionScore> Scores(params int?[] scores) =>
        [.. QualityRubric.Criteria.Select((c, i) => new CriterionScore(c, scores[i], null))];

    private static readonly IReadOnlyList<CriterionScore> Review1 = Scores(5, 4, 3, null, 5, 5);
    private static readonly IReadOnlyList<CriterionScore> Review2 = Scores(3, 3, 4, 2, null, null);

    [Fact]
    public void The_figure_is_the_percentage_of_the_top_score_per_criterion_and_the_mean_review_percentage_overall()
    {
        var figure = QualityFigures.Of("alice", [Review1, Review2]);

        Assert.Equal(2, figure.Reviews);
        Assert.Equal(74.0, figure.Overall);
        Assert.Equal(80.0, figure.Criteria[QualityCriterion.Greeting]);
        Assert.Equal(70.0, figure.Criteria[QualityCriterion.Accuracy]);
        Assert.Equal(70.0, figure.Criteria[QualityCriterion.Empathy]);
        Assert.Equal(40.0, figure.Criteria[QualityCriterion.Resolution]);
        Assert.Equal(100.0, figure.Criteria[QualityCriterion.Closing]);
        Assert.Equal(100.0, figure.Criteria[QualityCriterion.Privacy]);
    }

    [Fact]
    public void An_agent_without_reviews_has_no_figure_rather_than_zero()
    {
        var figure = QualityFigures.Of("bob", []);

        Assert.Equal(0, figure.Reviews);
        Assert.Null(figure.Overall);
        Assert.All(figure.Criteria.Values, Assert.Null);
    }

    [Fact]
    public async Task Supervisors_see_each_agents_figure_over_the_submitted_reviews_of_conversations_resolved_in_the_period()
    {
        using (var w = _database.History())
        {
            Resolved(w, "alice", 2, WeekStart.AddHours(9));
            Resolved(w, "bob", 1, WeekStart.AddHours(9));
            Resolved(w, "carol", 1, WeekStart.AddHours(9));
            w.Commit();
        }
        await new QualitySampler(_database, Options.Create(new QualityOptions { SampleShare = 1 }), _clock, NullLogger<QualitySampler>.Instance)
            .SampleAsync(new QualityWeek(2026, 45), CancellationToken.None);
        var desk = new QualityDesk(_database, _clock);
        var queue = await desk.QueueAsync(CancellationToken.None);
        var alice = queue.Where(r => r.Agent == "alice").ToList();
        await desk.SubmitAsync(alice[0].Id, "sam", new ReviewSubmission(Review1, null), CancellationToken.None);
        await desk.SubmitAsync(alice[1].Id, "sam", new ReviewSubmission(Review2, null), CancellationToken.None);
        await desk.SubmitAsync(queue.Single(r => r.Agent == "bob").Id, "sam", new ReviewSubmission(Scores(1, 1, 1, 1, 1, 1), null), CancellationToken.None);
        // carol's review is still queued: it counts for nothing yet.

        var figures = await desk.FiguresAsync(WeekStart, WeekStart.AddDays(7), CancellationToken.None);
        var before = await desk.FiguresAsync(WeekStart.AddDays(-7), WeekStart, CancellationToken.None);

        Assert.Equal(["alice", "bob"], figures.Select(f => f.Agent));
        Assert.Equal((2, 74.0), (figures[0].Reviews, figures[0].Overall));
        Assert.Equal((1, 20.0), (figures[1].Reviews, figures[1].Overall));
        Assert.Empty(before);
    }

    public void Dispose() => _database.Dispose();
}
