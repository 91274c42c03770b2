using Bunit;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Layout;
using ConversationalCare.HandoffConsole.Quality;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Quality;

/// <summary>The supervisor's queue and figures, the agent's own reviews, and who sees which link.</summary>
public class QualityPagesTests : QualityPageContext
{
    private static AgentQualityFigure Figure(string agent, int reviews, double? overall, double? greeting = null) =>
        new(agent, reviews, overall, QualityRubric.Criteria.ToDictionary(c => c, c => c == QualityCriterion.Greeting ? greeting : (double?)null));

    [Fact]
    public void A_supervisor_sees_the_queue_and_each_agents_figure()
    {
        Quality.Queue.Add(new QueuedReview(Guid.NewGuid(), "2026-W10", "sam", "conv-sam", Start.AddDays(-4), ReviewStatus.Queued, null));
        Quality.Figures.AddRange([Figure("alice", 2, 74, greeting: 80), Figure("bob", 1, 20)]);

        var page = Render<QualityPage>();

        var rows = page.FindAll("[data-testid=queued-review]");
        Assert.Equal(2, rows.Count);
        Assert.Equal($"/console/quality/reviews/{AliceReview}", rows[0].QuerySelector("[data-testid=open-review]")!.GetAttribute("href"));
        Assert.Null(rows[1].QuerySelector("[data-testid=open-review]"));
        Assert.Contains("another supervisor reviews it", rows[1].TextContent);
        var alice = page.Find("[data-testid=figure-alice]").QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["2", "74 %", "80 %", "–", "–", "–", "–", "–"], alice);
    }

    [Fact]
    public void An_agent_sees_their_own_reviews_with_scores_comments_and_a_link_to_the_conversation()
    {
        Auth.SetAuthorized("alice");
        Auth.SetRoles(ConsoleRoles.Agent);
        var review = new ReviewView(AliceReview, "2026-W10", "alice", AliceConversation, Start.AddDays(-5), "resolved", ReviewStatus.Submitted, "sam",
            Start.AddDays(-1), [.. QualityRubric.Criteria.Select(c => Score(c, c == QualityCriterion.Resolution ? null : 4, c == QualityCriterion.Empathy ? "Acknowledge the broken lamp first." : null))],
            "Good work.", 80);
        Quality.ByAgent["alice"] = new AgentQuality("alice", Figure("alice", 1, 80, greeting: 80), [review]);
        Quality.ByAgent["bob"] = new AgentQuality("bob", Figure("bob", 1, 20), []);

        var page = Render<MyReviewsPage>();

        Assert.Equal(["alice"], Quality.AgentsAskedFor);
        var shown = Assert.Single(page.FindAll("[data-testid=my-review]"));
        Assert.Contains("Acknowledge the broken lamp first.", shown.TextContent);
        Assert.Contains("Good work.", shown.TextContent);
        Assert.Contains("reviewed by sam", shown.TextContent);
        Assert.Equal("N/A", shown.QuerySelector("[data-testid=score-resolution] .score")!.TextContent);
        Assert.Equal($"/console/conversations/{AliceConversation}", shown.QuerySelector("[data-testid=review-transcript-link]")!.GetAttribute("href"));
        Assert.Equal("80 %", page.Find("[data-testid=figure-alice] td:nth-of-type(2)").TextContent);
        Assert.Empty(page.FindAll("[data-testid=figure-bob]"));
    }

    [Fact]
    public void An_agent_without_reviews_is_told_so()
    {
        Auth.SetAuthorized("bob");
        Auth.SetRoles(ConsoleRoles.Agent);

        var page = Render<MyReviewsPage>();

        Assert.NotNull(page.Find("[data-testid=no-reviews]"));
        var cells = page.Find("[data-testid=figure-bob]").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(("0", "–"), (cells[0], cells[1]));
    }

    [Theory]
    [InlineData(ConsoleRoles.Supervisor, new[] { "Quality", "My reviews" })]
    [InlineData(ConsoleRoles.Agent, new[] { "My reviews" })]
    [InlineData(ConsoleRoles.ContentOwner, new string[0])]
    public void The_navigation_shows_the_quality_pages_by_role(string role, string[] expected)
    {
        Auth.SetRoles(role);
        Services.GetRequiredService<NavigationManager>().NavigateTo("/console/quality/mine");

        var links = Render<ConsoleLayout>().FindAll("nav a").Select(a => a.TextContent.Trim()).Where(t => t is "Quality" or "My reviews");

        Assert.Equal(expected, links);
    }
}
