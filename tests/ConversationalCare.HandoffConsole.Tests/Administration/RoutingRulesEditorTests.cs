using Bunit;
using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>Ada reorders, adds and removes routing rules and saves the list as a whole, in the order she sees it.</summary>
public class RoutingRulesEditorTests : TeamsPageContext
{
    private static readonly RouteRule Complaint = new(null, null, null, null, "complaint", "general", "P1");
    private static readonly RouteRule Orders = new("order_status", null, null, null, null, "orders", null);
    private static readonly RouteRule Billing = new("billing_payment", null, null, null, null, "billing", null);

    [Fact]
    public void Moving_a_rule_up_and_saving_sends_the_whole_list_in_the_new_order()
    {
        var page = Open();

        page.Find("[data-testid=rule-up-2]").Click();
        page.Find("[data-testid=rules-editor]").Submit();

        Assert.Equal([Complaint, Billing, Orders], Assert.Single(Teams.RulesSaved));
        Assert.Equal("billing_payment", page.Find("[data-testid=rule-intent-1]").GetAttribute("value"));
        Assert.NotNull(page.Find("[data-testid=rules-saved]"));
    }

    [Fact]
    public void Moving_down_and_removing_change_the_list_that_is_sent()
    {
        var page = Open();

        page.Find("[data-testid=rule-down-0]").Click();
        page.Find("[data-testid=rule-remove-2]").Click();
        page.Find("[data-testid=rules-editor]").Submit();

        Assert.Equal([Orders, Complaint], Assert.Single(Teams.RulesSaved));
    }

    [Fact]
    public void The_first_rule_cannot_move_up_nor_the_last_down()
    {
        var page = Open();

        Assert.True(page.Find("[data-testid=rule-up-0]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=rule-down-2]").HasAttribute("disabled"));
        Assert.False(page.Find("[data-testid=rule-up-1]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_new_rule_is_sent_first_with_its_conditions_and_empty_ones_as_any()
    {
        var page = Open();

        page.Find("[data-testid=rule-add]").Click();
        page.Find("[data-testid=rule-intent-3]").Change("billing_payment");
        page.Find("[data-testid=rule-locale-3]").Change("zh");
        page.Find("[data-testid=rule-team-3]").Change("billing");
        page.Find("[data-testid=rule-priority-3]").Change("P2");
        page.Find("[data-testid=rule-up-3]").Click();
        page.Find("[data-testid=rule-up-2]").Click();
        page.Find("[data-testid=rule-up-1]").Click();
        page.Find("[data-testid=rules-editor]").Submit();

        var chineseBilling = new RouteRule("billing_payment", null, null, "zh", null, "billing", "P2");
        Assert.Equal([chineseBilling, Complaint, Orders, Billing], Assert.Single(Teams.RulesSaved));
    }

    [Fact]
    public void Offers_the_bots_intents_and_reasons_and_only_teams_that_take_handoffs()
    {
        Teams.Teams.Add(new ServiceTeam("legacy", "Legacy", true, FakeTeamAdministration.NineToSix));
        var page = Open();

        var intents = page.FindAll("[data-testid=rule-intent-0] option").Select(o => o.GetAttribute("value"));
        var reasons = page.FindAll("[data-testid=rule-reason-0] option").Select(o => o.GetAttribute("value"));
        var teams = page.FindAll("[data-testid=rule-team-0] option").Select(o => o.GetAttribute("value"));
        Assert.Equal(["", "order_status", "returns_refunds", "billing_payment"], intents);
        Assert.Equal(["", "customer-asked", "complaint"], reasons);
        Assert.Equal(["", "billing", "general", "orders"], teams);
        Assert.Contains("first rule whose conditions all match", page.Find("[data-testid=rules-editor]").TextContent);
        Assert.Contains("goes to the general team", page.Find("[data-testid=rules-editor]").TextContent);
    }

    [Fact]
    public void A_refused_rule_shows_the_problem_beside_its_field_and_keeps_the_list()
    {
        Teams.Refuse = new() { ["[3].team"] = ["Name the team the rule routes to."] };
        var page = Open();

        page.Find("[data-testid=rule-add]").Click();
        page.Find("[data-testid=rules-editor]").Submit();

        Assert.Equal("Name the team the rule routes to.", page.Find("[data-testid=rule-3] [data-testid='problem-[3].team']").TextContent);
        Assert.Equal(4, page.FindAll("[data-testid=rules-editor] li").Count);
        Assert.NotNull(page.Find("[data-testid=rules-error]"));
        Assert.Equal([Complaint, Orders, Billing], Teams.Rules);
    }
}
