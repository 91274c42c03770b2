using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Tests.Handoff.Routing;

/// <summary>Which team and priority a handoff gets from the ordered rules, on the facts one handoff would give.</summary>
public class HandoffRouterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);
    private static readonly TeamServiceHours Hours = DefaultTeams.ServiceHoursFrom(new HandoffOptions());

    private static List<Team> Teams(params string[] extra) =>
        [.. DefaultTeams.Seeded.Select(t => t.Name).Concat(extra).Select(name => new Team(name, name, Hours, Now))];

    private static RoutingFacts Facts(string? intent, string locale = "en-US", string reason = EscalationRules.CustomerAsked,
        string tier = "standard", string channel = "directline") => new(intent, tier, channel, locale, reason);

    private static HandoffRoute Route(IEnumerable<RoutingRule> rules, RoutingFacts facts, int priority = 2, List<Team>? teams = null) =>
        HandoffRouter.Route(rules, teams ?? Teams("billing-cn"), facts, priority, Hours);

    private static readonly RoutingRule BillingCn = new(-1, new(Intents.BillingPayment, null, null, "zh", null), "billing-cn", 2);

    [Fact]
    public void A_billing_question_in_Chinese_goes_to_billing_cn()
    {
        var route = Route([BillingCn, .. DefaultTeams.Rules()], Facts(Intents.BillingPayment, "zh-CN", EscalationRules.NotHelpful), priority: 3);

        Assert.Equal(("billing-cn", 2, -1), (route.Team, route.Priority, route.RulePosition));
    }

    [Fact]
    public void A_billing_question_in_English_still_goes_to_billing_at_the_escalations_priority()
    {
        var route = Route([BillingCn, .. DefaultTeams.Rules()], Facts(Intents.BillingPayment, "en-US", EscalationRules.NotHelpful), priority: 3);

        Assert.Equal((DefaultTeams.Billing, 3), (route.Team, route.Priority));
    }

    [Fact]
    public void A_complaint_goes_to_complaints_as_P1_whatever_its_topic()
    {
        var route = Route(DefaultTeams.Rules(), Facts(Intents.OrderStatus, reason: EscalationRules.Complaint), priority: 2);

        Assert.Equal((DefaultTeams.Complaints, 1), (route.Team, route.Priority));
    }

    [Theory]
    [InlineData(Intents.OrderStatus, DefaultTeams.Orders)]
    [InlineData(Intents.ReturnsRefunds, DefaultTeams.Returns)]
    [InlineData(Intents.TechnicalIssue, DefaultTeams.Technical)]
    [InlineData(Intents.Complaint, DefaultTeams.Complaints)]
    [InlineData(Intents.ProductQuestion, DefaultTeams.General)]
    [InlineData(null, DefaultTeams.General)]
    public void The_default_rules_route_each_topic_as_before_and_keep_the_escalations_priority(string? topic, string team)
    {
        var route = Route(DefaultTeams.Rules(), Facts(topic, reason: EscalationRules.RepeatedFailure), priority: 3);

        Assert.Equal((team, 3), (route.Team, route.Priority));
    }

    [Fact]
    public void The_first_matching_rule_wins()
    {
        RoutingRule vip = new(0, new(null, "vip", null, null, null), DefaultTeams.Complaints, 1);
        RoutingRule orders = new(1, new(Intents.OrderStatus, null, null, null, null), DefaultTeams.Orders, null);

        Assert.Equal(DefaultTeams.Complaints, Route([orders, vip], Facts(Intents.OrderStatus, tier: "vip")).Team);
        Assert.Equal(DefaultTeams.Orders, Route([orders, vip], Facts(Intents.OrderStatus)).Team);
    }

    [Theory]
    [InlineData("zh", "zh-CN", true)]
    [InlineData("zh", "zh-TW", true)]
    [InlineData("ZH-cn", "zh-CN", true)]
    [InlineData("zh-CN", "zh-TW", false)]
    [InlineData("zh", "en-US", false)]
    [InlineData("z", "zh-CN", false)]
    public void A_language_condition_matches_its_regions(string condition, string locale, bool matches) =>
        Assert.Equal(matches, HandoffRouter.Matches(new(null, null, null, condition, null), Facts(null, locale)));

    [Fact]
    public void A_channel_condition_matches_only_that_channel()
    {
        RoutingCondition teams = new(null, null, "msteams", null, null);

        Assert.True(HandoffRouter.Matches(teams, Facts(null, channel: "msteams")));
        Assert.False(HandoffRouter.Matches(teams, Facts(null, channel: "directline")));
    }

    [Fact]
    public void A_rule_naming_an_archived_team_falls_back_to_general_and_says_why()
    {
        var teams = Teams("billing-cn");
        teams.Single(t => t.Name == "billing-cn").SetArchived(true, Now);

        var route = Route([BillingCn], Facts(Intents.BillingPayment, "zh-CN"), teams: teams);

        Assert.Equal(DefaultTeams.General, route.Team);
        Assert.Contains("archived", route.FallbackReason);
    }

    [Fact]
    public void A_rule_naming_a_missing_team_falls_back_to_general_and_says_why()
    {
        var route = Route([BillingCn], Facts(Intents.BillingPayment, "zh-CN"), teams: Teams());

        Assert.Equal(DefaultTeams.General, route.Team);
        Assert.Contains("does not exist", route.FallbackReason);
    }

    [Fact]
    public void The_chosen_teams_promise_comes_with_the_route()
    {
        var teams = Teams("billing-cn");
        teams.Single(t => t.Name == "billing-cn").SetServiceHours(Hours with { FirstResponseSecondsP2 = 45, TicketReplyHours = 72 }, Now);

        var route = Route([BillingCn], Facts(Intents.BillingPayment, "zh-CN"), teams: teams);

        Assert.Equal((45, 72), (route.Hours.FirstResponseSecondsP2, route.Hours.TicketReplyHours));
        Assert.Equal(TimeSpan.FromSeconds(45), ServiceHours.FirstResponseTarget(route.Hours, route.Priority));
    }
}
