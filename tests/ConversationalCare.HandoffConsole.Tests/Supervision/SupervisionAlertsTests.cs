using Bunit;
using ConversationalCare.HandoffConsole.Supervision;

namespace ConversationalCare.HandoffConsole.Tests.Supervision;

/// <summary>Sam acting on what needs attention: an intent surge, unhappy customers to call back, slipping first responses.</summary>
public class SupervisionAlertsTests : SupervisionPageContext
{
    private static readonly Guid Unhappy = Guid.Parse("11111111-0000-0000-0000-000000000001");
    private static readonly Guid Furious = Guid.Parse("11111111-0000-0000-0000-000000000002");
    private static readonly Guid Breach = Guid.Parse("22222222-0000-0000-0000-000000000001");

    private static string Words(AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private void TwoFollowUps()
    {
        Alerts.FollowUps.AddRange(
        [
            new(Unhappy, "c-refund", 2, "Still no refund, call me on [phone]", "cust-3f9a", Start.AddMinutes(-40), null, null),
            new(Furious, "c-broken", 1, null, "cust-77b0", Start.AddMinutes(-5), "bob", Start.AddMinutes(-2)),
        ]);
    }

    private IRenderedComponent<SupervisionPage> RenderPage() => Render<SupervisionPage>();

    private static AngleSharp.Dom.IElement Row(IRenderedComponent<SupervisionPage> page, Guid id) =>
        page.Find($"[data-testid=followup-row][data-followup='{id}']");

    [Fact]
    public void A_surge_shows_as_an_alert_banner_above_everything_with_its_volume_against_the_usual_and_masked_samples()
    {
        Alerts.Incidents.Add(new(Guid.NewGuid(), "technical_issue", 25, 1, 1, Start.AddMinutes(-12), Start,
            ["login fails after the update, order [order]", "cannot sign in, my email is [email]"]));

        var page = RenderPage();

        var banner = page.Find("[data-testid=incident-banner]");
        Assert.Equal("alert", banner.GetAttribute("role"));
        Assert.Equal("technical_issue", page.Find("[data-testid=incident-intent]").TextContent);
        Assert.Equal("25 customer messages in the last hour, against a usual 1 per hour (± 1).", Words(page.Find("[data-testid=incident-volume]")));
        Assert.Contains("since 09:18 UTC", Words(banner));
        var samples = page.Find("[data-testid=incident-samples]");
        Assert.Equal("details", samples.TagName.ToLowerInvariant());
        Assert.Contains("2 recent messages (personal data masked)", Words(samples));
        Assert.Equal(["login fails after the update, order [order]", "cannot sign in, my email is [email]"],
            samples.QuerySelectorAll("li").Select(li => li.TextContent));
        // Above the queue and the figures: the first thing under the heading.
        Assert.True(page.Markup.IndexOf("incident-banner", StringComparison.Ordinal) < page.Markup.IndexOf("queue-monitor", StringComparison.Ordinal));
    }

    [Fact]
    public void No_banner_while_nothing_is_surging()
    {
        var page = RenderPage();

        Assert.Empty(page.FindAll("[data-testid=incident-banner]"));
        Assert.Equal("No unhappy customer is waiting for a call back.", page.Find("[data-testid=followups-empty]").TextContent);
        Assert.NotNull(page.Find("[data-testid=sla-alerts-empty]"));
    }

    [Fact]
    public void Lists_unhappy_customers_with_score_masked_comment_pseudonym_and_a_link_to_the_transcript()
    {
        TwoFollowUps();

        var page = RenderPage();

        Assert.Equal("2", page.Find("[data-testid=followup-count]").TextContent);
        var unhappy = Row(page, Unhappy);
        Assert.Equal("2", unhappy.QuerySelector("[data-testid=followup-score]")!.TextContent);
        Assert.Equal("Still no refund, call me on [phone]", unhappy.QuerySelector("[data-testid=followup-comment]")!.TextContent);
        Assert.Equal("/console/conversations/c-refund", unhappy.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("cust-3f9a", unhappy.QuerySelector("a")!.TextContent);
        Assert.Equal("nobody yet", unhappy.QuerySelector("[data-testid=followup-assignee]")!.TextContent);
        Assert.Equal("—", Row(page, Furious).QuerySelector("[data-testid=followup-comment]")!.TextContent);
    }

    [Fact]
    public void Sam_assigns_a_follow_up_to_himself_by_default_or_to_an_agent_picked_from_the_list()
    {
        TwoFollowUps();
        var page = RenderPage();

        Assert.Equal(["me (sam)", "alice", "bob"], Row(page, Unhappy).QuerySelectorAll("[data-testid=assign-to] option").Select(o => o.TextContent));
        Assert.Empty(Row(page, Unhappy).QuerySelectorAll("[data-testid=complete]"));
        Row(page, Unhappy).QuerySelector("[data-testid=assign]")!.Click();

        Assert.Equal($"assign {Unhappy} to sam by sam", Alerts.Commands.Single());
        Assert.Equal("Assigned the follow-up for cust-3f9a to sam.", page.Find("[data-testid=followup-message]").TextContent);
        Assert.Equal("status", page.Find("[data-testid=followup-message]").GetAttribute("role"));
        Assert.Equal("sam", Row(page, Unhappy).QuerySelector("[data-testid=followup-assignee]")!.TextContent);

        Row(page, Unhappy).QuerySelector("[data-testid=assign-to]")!.Change("alice");
        Row(page, Unhappy).QuerySelector("[data-testid=assign]")!.Click();

        Assert.Equal($"assign {Unhappy} to alice by sam", Alerts.Commands[^1]);
        Assert.Equal("alice", Row(page, Unhappy).QuerySelector("[data-testid=followup-assignee]")!.TextContent);
    }

    [Fact]
    public void An_assigned_follow_up_is_completed_with_a_note_of_the_outcome_and_leaves_the_list()
    {
        TwoFollowUps();
        var page = RenderPage();

        Row(page, Furious).QuerySelector("[data-testid=outcome]")!.Change("Called back, replacement lamp sent");
        Row(page, Furious).QuerySelector("[data-testid=complete]")!.Click();

        Assert.Equal($"complete {Furious} by sam: Called back, replacement lamp sent", Alerts.Commands.Single());
        Assert.Equal("Completed the follow-up for cust-77b0.", page.Find("[data-testid=followup-message]").TextContent);
        Assert.Empty(page.FindAll($"[data-testid=followup-row][data-followup='{Furious}']"));
        Assert.Equal("1", page.Find("[data-testid=followup-count]").TextContent);
    }

    [Fact]
    public void Completing_without_a_note_asks_for_one_and_changes_nothing()
    {
        TwoFollowUps();
        var page = RenderPage();

        Row(page, Furious).QuerySelector("[data-testid=outcome]")!.Change("   ");
        Row(page, Furious).QuerySelector("[data-testid=complete]")!.Click();

        Assert.Empty(Alerts.Commands);
        var message = page.Find("[data-testid=followup-message]");
        Assert.Equal("alert", message.GetAttribute("role"));
        Assert.Equal("Write what came of the call to cust-77b0 before completing the follow-up.", message.TextContent);
        Assert.NotNull(Row(page, Furious));
    }

    [Fact]
    public void When_someone_else_completed_it_first_sam_is_told_who_and_the_row_is_refreshed_away()
    {
        TwoFollowUps();
        var page = RenderPage();
        Alerts.CompleteElsewhere(Furious, "max");

        Row(page, Furious).QuerySelector("[data-testid=outcome]")!.Change("Called back");
        Row(page, Furious).QuerySelector("[data-testid=complete]")!.Click();

        var message = page.Find("[data-testid=followup-message]");
        Assert.Equal("alert", message.GetAttribute("role"));
        Assert.Equal("max completed the follow-up for cust-77b0 first; nothing was changed.", message.TextContent);
        Assert.Empty(page.FindAll($"[data-testid=followup-row][data-followup='{Furious}']"));
    }

    [Fact]
    public void Assigning_to_a_user_who_no_longer_exists_says_so_plainly()
    {
        TwoFollowUps();
        var page = RenderPage();
        // Bob was in the list when the page opened and has since been removed.
        Alerts.Users.Remove("bob");

        Row(page, Unhappy).QuerySelector("[data-testid=assign-to]")!.Change("bob");
        Row(page, Unhappy).QuerySelector("[data-testid=assign]")!.Click();

        Assert.Equal("There is no user 'bob'. Pick someone from the list.", page.Find("[data-testid=followup-message]").TextContent);
        Assert.Equal("nobody yet", Row(page, Unhappy).QuerySelector("[data-testid=followup-assignee]")!.TextContent);
    }

    [Fact]
    public void Sam_acknowledges_an_SLA_breach_and_hears_who_was_first_if_someone_beat_him_to_it()
    {
        var nearBreach = Guid.NewGuid();
        Alerts.SlaAlerts.AddRange(
        [
            new(Breach, "c-late", Breached: true, 1, "billing", Start.AddMinutes(-3), Start.AddMinutes(-3)),
            new(nearBreach, "c-slow", Breached: false, 2, "orders", Start.AddMinutes(1), Start.AddSeconds(-20)),
        ]);
        var page = RenderPage();

        var rows = page.FindAll("[data-testid=sla-alert-row]");
        Assert.Equal(["breach", "near-breach"], rows.Select(r => r.GetAttribute("data-kind")));
        Assert.Contains("Breached", Words(rows[0]));
        Assert.Contains("P1", Words(rows[0]));
        Assert.Equal("/console/conversations/c-late", rows[0].QuerySelector("a")!.GetAttribute("href"));

        rows[0].QuerySelector("[data-testid=acknowledge]")!.Click();

        Assert.Equal("Acknowledged the breached alert for conversation c-late.", page.Find("[data-testid=sla-alert-message]").TextContent);
        Assert.Equal("near-breach", page.Find("[data-testid=sla-alert-row]").GetAttribute("data-kind"));

        Alerts.AcknowledgeElsewhere(nearBreach, "max");
        page.Find("[data-testid=acknowledge]").Click();

        var message = page.Find("[data-testid=sla-alert-message]");
        Assert.Equal("alert", message.GetAttribute("role"));
        Assert.Equal("max acknowledged the near breach alert for conversation c-slow first.", message.TextContent);
        Assert.Empty(page.FindAll("[data-testid=sla-alert-row]"));
    }
}
