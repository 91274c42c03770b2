using Bunit;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>Ada adds, renames and archives teams; the bot's refusals show beside the field they are about.</summary>
public class TeamsPageTests : TeamsPageContext
{
    [Fact]
    public void Creating_a_team_lists_it_and_opens_it_for_its_hours()
    {
        var page = Open();

        page.Find("[data-testid=team-name]").Change("billing-cn");
        page.Find("[data-testid=team-displayname]").Change("Billing (China)");
        page.Find("[data-testid=team-create-form]").Submit();

        Assert.Equal("Billing (China)", page.Find("[data-testid=team-displayname-billing-cn]").TextContent);
        Assert.Equal("active", page.Find("[data-testid=team-state-billing-cn]").TextContent);
        Assert.Contains("Billing (China)", page.Find("[data-testid=team-editor] h2").TextContent);
        Assert.Contains("Added Billing (China)", page.Find("[data-testid=create-saved]").TextContent);
        Assert.Equal("", page.Find("[data-testid=team-name]").GetAttribute("value"));
        Assert.Equal(["ada"], Teams.Actors);
    }

    [Fact]
    public void A_refused_name_shows_the_problem_beside_it_and_keeps_what_was_typed()
    {
        Teams.Refuse = new() { ["name"] = ["A team name is 2 to 64 lower-case letters, digits and dashes, e.g. billing-cn."] };
        var page = Open();

        page.Find("[data-testid=team-name]").Change("Billing CN");
        page.Find("[data-testid=team-create-form]").Submit();

        Assert.Contains("lower-case letters", page.Find("[data-testid=problem-name]").TextContent);
        Assert.Equal("Billing CN", page.Find("[data-testid=team-name]").GetAttribute("value"));
        Assert.Equal(3, page.FindAll("[data-testid=teams-table] tbody tr").Count);
    }

    [Fact]
    public void Archiving_asks_first_and_then_archives()
    {
        var page = Open();

        page.Find("[data-testid=team-archive-orders]").Click();
        Assert.Empty(Teams.Changes);
        page.Find("[data-testid=team-confirm-orders]").Click();

        Assert.Equal([("orders", new TeamChange(Archived: true))], Teams.Changes);
        Assert.Equal("archived", page.Find("[data-testid=team-state-orders]").TextContent);
        Assert.NotNull(page.Find("[data-testid=team-restore-orders]"));
    }

    [Fact]
    public void Archiving_general_is_refused_with_the_bots_reason_in_its_row()
    {
        const string reason = "The general team takes every handoff no rule routes elsewhere, so it cannot be archived.";
        Teams.Refuse = new() { ["archived"] = [reason] };
        var page = Open();

        page.Find("[data-testid=team-archive-general]").Click();
        page.Find("[data-testid=team-confirm-general]").Click();

        Assert.Equal(reason, page.Find("[data-testid=team-row-general] [data-testid=problem-archived]").TextContent);
        Assert.Equal("active", page.Find("[data-testid=team-state-general]").TextContent);
        Assert.NotNull(page.Find("[data-testid=teams-error]"));
    }

    [Fact]
    public void Renaming_sends_the_new_display_name_and_lists_it()
    {
        var page = Open();

        page.Find("[data-testid=team-edit-billing]").Click();
        page.Find("[data-testid=team-rename-displayname]").Change("Payments");
        page.Find("[data-testid=team-rename-form]").Submit();

        Assert.Equal([("billing", new TeamChange(DisplayName: "Payments"))], Teams.Changes);
        Assert.Equal("Payments", page.Find("[data-testid=team-displayname-billing]").TextContent);
    }

    [Fact]
    public void A_refused_display_name_shows_the_problem_beside_the_field()
    {
        var page = Open();
        page.Find("[data-testid=team-edit-billing]").Click();
        Teams.Refuse = new() { ["displayName"] = ["A display name has 1 to 128 characters."] };

        page.Find("[data-testid=team-rename-displayname]").Change(" ");
        page.Find("[data-testid=team-rename-form]").Submit();

        Assert.Equal("A display name has 1 to 128 characters.", page.Find("[data-testid=team-rename-form] [data-testid=problem-displayName]").TextContent);
        Assert.Equal("Billing and payment", page.Find("[data-testid=team-displayname-billing]").TextContent);
    }
}
