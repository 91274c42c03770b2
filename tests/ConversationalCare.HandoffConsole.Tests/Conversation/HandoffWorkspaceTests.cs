using Bunit;
using ConversationalCare.HandoffConsole.Conversation;
using ConversationalCare.HandoffConsole.Tests.Handoff;
using static ConversationalCare.HandoffConsole.Tests.Handoff.SampleHandoffs;

namespace ConversationalCare.HandoffConsole.Tests.Conversation;

/// <summary>An agent working a handed-off conversation: read the context, claim, reply, hand on.</summary>
public class HandoffWorkspaceTests : ConsoleTestContext
{
    public HandoffWorkspaceTests()
    {
        Handoffs.Agents.Add(new AgentProfile("alice", "Alice W.", AgentStatus.Online, 3, 1, ["orders"], ["en-US"]));
        Handoffs.Agents.Add(new AgentProfile("bob", "Bob K.", AgentStatus.Away, 3, 2, ["billing", "orders"], ["en-US", "zh-CN"]));
    }

    private IRenderedComponent<TranscriptPage> Open(HandoffContext context)
    {
        Handoffs.Put(context);
        var page = Render<TranscriptPage>(p => p.Add(x => x.Id, context.Conversation.Id));
        Eventually(page, () => page.Find("[data-testid=context]"));
        return page;
    }

    private const string ComposerScript = "./_content/ConversationalCare.HandoffConsole/Handoff/Composer.razor.js";

    private static string Composer(IRenderedComponent<TranscriptPage> page) => page.Find("#composer-text").GetAttribute("value") ?? "";

    [Fact]
    public void Shows_the_context_package_beside_the_chat()
    {
        var page = Open(Context("c1", Start));

        Assert.Contains("Customer's order 12345 shows pending", page.Find("[data-testid=summary]").TextContent);
        Assert.Contains("Asked for a person twice", page.Find("[data-testid=reason]").TextContent);
        Assert.Contains("VIP", page.Find("[data-testid=profile]").TextContent);
        Assert.Contains("12345", page.Find("[data-testid=entities]").TextContent);
        Assert.Contains("How do I track my order? rated not helpful", page.Find("[data-testid=articles-offered]").TextContent);
        Assert.Contains("returns.start", page.Find("[data-testid=previous]").TextContent);
        Assert.Contains("Called the courier already.", page.Find("[data-testid=note]").TextContent);
        Assert.Equal("orders", page.Find("[data-testid=team]").TextContent);
        Assert.Equal(["customer", "bot", "customer"], page.FindAll("[data-testid=transcript-line]").Select(l => l.GetAttribute("data-role")));
        Assert.Equal(2, page.FindAll("[data-testid=understanding]").Count);
    }

    [Fact]
    public void Draws_the_emotion_trajectory_as_an_accessible_chart()
    {
        var chart = Open(Context("c1", Start)).Find("[data-testid=emotion-chart]");

        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("Emotion over the conversation", chart.QuerySelector("title")!.TextContent);
        Assert.Contains("-0.30, -0.70", chart.QuerySelector("desc")!.TextContent);
        Assert.Equal(2, chart.QuerySelectorAll("circle").Length);
    }

    [Fact]
    public void Names_the_agent_who_wrote_each_reply()
    {
        var context = Context("c1", Start);
        context = context with { Transcript = [.. context.Transcript, new TranscriptLine(4, Start, "agent", "message", "Hi, I'm Bob", [], Author: "Bob K.")] };

        var line = Open(context).Find("[data-role=agent]");

        Assert.StartsWith("Bob K.", line.QuerySelector(".meta")!.TextContent.Trim());
    }

    [Fact]
    public void Says_who_won_when_another_agent_claimed_first()
    {
        Handoffs.Answers["claim"] = new DeskResult(DeskFailure.Conflict, "Bob already took this conversation");
        var page = Open(Context("c1", Start, owner: null, status: "Waiting"));

        page.Find("[data-testid=claim]").Click();

        Eventually(page, () => Assert.Equal("Bob already took this conversation", page.Find("[data-testid=claim-error]").TextContent));
        Assert.Equal(["claim c1 alice"], Handoffs.Commands);
    }

    [Fact]
    public void Claiming_lets_the_agent_reply()
    {
        var page = Open(Context("c1", Start, owner: null, status: "Waiting"));
        Assert.Empty(page.FindAll("#composer-text"));
        Handoffs.Change("c1", c => c with { Handoff = c.Handoff with { Owner = "alice", Status = "Assigned" } });

        page.Find("[data-testid=claim]").Click();

        Eventually(page, () => Assert.NotNull(page.Find("#composer-text")));
        Assert.Empty(page.FindAll("[data-testid=claim-error]"));
    }

    [Fact]
    public void Sends_the_reply_and_clears_the_composer()
    {
        var composer = JSInterop.SetupModule(ComposerScript);
        composer.SetupVoid("attach", _ => true);
        composer.SetupVoid("setValue", _ => true);
        var page = Open(Context("c1", Start));

        page.Find("#composer-text").Input("I've found your parcel.\nIt ships today.");
        page.Find("[data-testid=composer]").Submit();

        Eventually(page, () => Assert.Equal("", composer.VerifyInvoke("setValue").Arguments[1]));
        Assert.Equal(["send c1 alice I've found your parcel.\nIt ships today."], Handoffs.Commands);
    }

    [Fact]
    public void Keeps_the_draft_and_says_why_when_a_reply_is_refused()
    {
        var composer = JSInterop.SetupModule(ComposerScript);
        composer.SetupVoid("attach", _ => true);
        Handoffs.Answers["send"] = new DeskResult(DeskFailure.NotOwner, "Bob owns this conversation now");
        var page = Open(Context("c1", Start));

        page.Find("#composer-text").Input("Hello?");
        page.Find("[data-testid=composer]").Submit();

        Eventually(page, () => Assert.Equal("Bob owns this conversation now", page.Find("[data-testid=send-error]").TextContent));
        Assert.Empty(composer.Invocations["setValue"]);
        Handoffs.Answers.Remove("send");
        page.Find("[data-testid=composer]").Submit();
        Eventually(page, () => Assert.Equal(["send c1 alice Hello?", "send c1 alice Hello?"], Handoffs.Commands));
    }

    [Fact]
    public void Sends_nothing_empty()
    {
        var page = Open(Context("c1", Start));

        page.Find("[data-testid=composer]").Submit();

        Assert.Equal("Write a message first.", page.Find("[data-testid=send-error]").TextContent);
        Assert.Empty(Handoffs.Commands);
    }

    [Fact]
    public void Fills_the_customer_and_agent_names_into_a_canned_response()
    {
        var page = Open(Context("c1", Start));

        page.Find("[data-testid=canned][data-name=greeting]").Click();

        Assert.StartsWith("Hi Alice Chen, I'm Alice W. and I'll take it from here.", Composer(page));
        Assert.DoesNotContain("{", Composer(page));
    }

    [Fact]
    public void Offers_canned_responses_in_the_customers_language()
    {
        CannedReplies.ByLanguage["zh"] = [new("greeting", "{customerName}您好，我是{agentName}。")];
        var page = Open(Context("c1", Start, locale: "zh-CN", customer: "王芳"));

        page.Find("[data-testid=canned][data-name=greeting]").Click();

        Assert.Equal("王芳您好，我是Alice W.。", Composer(page));
        Assert.Contains(("alice", "zh-CN"), CannedReplies.Asked);
    }

    [Fact]
    public void Shows_canned_replies_in_the_order_the_desk_gives_with_the_team_they_belong_to()
    {
        CannedReplies.ByLanguage["en"] = [new("refund policy", "Refunds take 5 days.", "orders"), new("greeting", "Hello {customerName}")];
        var page = Open(Context("c1", Start));

        var chips = page.FindAll("[data-testid=canned]");

        Assert.Equal(["refund policy", "greeting"], chips.Select(c => c.GetAttribute("data-name")));
        Assert.Equal("orders", chips[0].GetAttribute("data-team"));
        Assert.Contains("orders", chips[0].TextContent);
        Assert.Null(chips[1].GetAttribute("data-team"));
    }

    [Fact]
    public void A_changed_canned_reply_shows_the_next_time_a_conversation_is_opened()
    {
        Open(Context("c1", Start));
        CannedReplies.ByLanguage["en"] = [new("greeting", "Good morning {customerName}, {agentName} here.")];

        var again = Open(Context("c1", Start));
        again.Find("[data-testid=canned][data-name=greeting]").Click();

        Assert.Equal("Good morning Alice Chen, Alice W. here.", Composer(again));
    }

    [Fact]
    public void Suggests_answers_for_the_latest_question_and_inserts_one_on_click()
    {
        Knowledge.Add("track-order", "How do I track my order?", "Open **My orders** and choose Track.", 0.82);
        Knowledge.Add("late-parcel", "My parcel is late", "Parcels can take up to 5 days.", 0.64);
        var page = Open(Context("c1", Start));

        Eventually(page, () => Assert.Equal(2, page.FindAll("[data-testid=suggestion]").Count));
        Assert.Equal(("It still says pending, order 12345", "en-US", 3), Knowledge.Searches.Single());
        Assert.Contains("82%", page.Find("[data-article-key=track-order]").TextContent);

        page.Find("[data-article-key=late-parcel] button").Click();

        Assert.Equal("Parcels can take up to 5 days.", Composer(page));
    }

    [Fact]
    public void Transfers_to_a_colleague_with_a_note()
    {
        var page = Open(Context("c1", Start));

        page.Find("#transfer-to").Change("agent:bob");
        page.Find("#transfer-note").Change("Needs a refund");
        page.Find("[data-testid=transfer-form]").Submit();

        Eventually(page, () => Assert.Equal(["transfer c1 alice agent=bob team= note=Needs a refund"], Handoffs.Commands));
    }

    [Fact]
    public void Transfers_to_a_team_named_by_the_agents_skills()
    {
        var page = Open(Context("c1", Start));
        Assert.Contains("team:billing", page.FindAll("#transfer-to option").Select(o => o.GetAttribute("value")));

        page.Find("#transfer-to").Change("team:billing");
        page.Find("[data-testid=transfer-form]").Submit();

        Eventually(page, () => Assert.Equal(["transfer c1 alice agent= team=billing note="], Handoffs.Commands));
    }

    [Fact]
    public void Asks_where_to_before_transferring()
    {
        var page = Open(Context("c1", Start));

        page.Find("[data-testid=transfer-form]").Submit();

        Assert.Equal("Choose an agent or a team to transfer to.", page.Find("[data-testid=action-error]").TextContent);
        Assert.Empty(Handoffs.Commands);
    }

    [Fact]
    public void Resolves_with_the_chosen_disposition()
    {
        var page = Open(Context("c1", Start));

        page.Find("#disposition").Change("follow-up-needed");
        page.Find("[data-testid=resolve-form]").Submit();

        Eventually(page, () => Assert.Equal(["resolve c1 alice follow-up-needed"], Handoffs.Commands));
    }

    [Fact]
    public void Hands_the_conversation_back_to_the_bot()
    {
        var page = Open(Context("c1", Start));

        page.Find("[data-testid=release]").Click();

        Eventually(page, () => Assert.Equal(["release c1 alice"], Handoffs.Commands));
    }

    [Fact]
    public void Shows_the_desks_reason_when_a_command_fails()
    {
        Handoffs.Answers["resolve"] = new DeskResult(DeskFailure.NotOwner, "Only Bob can resolve this conversation");
        var page = Open(Context("c1", Start));

        page.Find("[data-testid=resolve-form]").Submit();

        Eventually(page, () => Assert.Equal("Only Bob can resolve this conversation", page.Find("[data-testid=action-error]").TextContent));
    }

    [Fact]
    public void Adds_an_internal_note()
    {
        var page = Open(Context("c1", Start));

        page.Find("#note-text").Input("Customer prefers email");
        page.Find(".note-form").Submit();

        Eventually(page, () => Assert.Equal(["note c1 alice Customer prefers email"], Handoffs.Commands));
    }

    [Fact]
    public void Shows_the_customer_typing_for_a_few_seconds()
    {
        var page = Open(Context("c1", Start));
        Eventually(page, () => Assert.Equal(1, Handoffs.TypingWatchers));

        Handoffs.CustomerTypes(Start);

        Eventually(page, () => Assert.Equal("Alice Chen is typing…", page.Find("[data-testid=customer-typing]").TextContent.Trim()));
        Clock.Advance(TimeSpan.FromSeconds(5));
        Eventually(page, () => Assert.Equal("", page.Find("[data-testid=customer-typing]").TextContent.Trim()));
    }

    [Fact]
    public void Tells_the_customer_the_agent_is_typing_at_most_every_three_seconds()
    {
        var page = Open(Context("c1", Start));

        page.Find("#composer-text").Input("H");
        page.Find("#composer-text").Input("He");
        Assert.Equal(1, Handoffs.AgentTypingCalls);

        Clock.Advance(TimeSpan.FromSeconds(3));
        page.Find("#composer-text").Input("Hel");
        Assert.Equal(2, Handoffs.AgentTypingCalls);
    }

    [Fact]
    public void Counts_down_the_first_response_on_the_conversation_too()
    {
        var page = Open(Context("c1", Start, owner: null, status: "Waiting"));
        Assert.Equal("OnTrack", page.Find("[data-testid=sla]").GetAttribute("data-state"));

        Clock.Advance(TimeSpan.FromMinutes(3));

        Eventually(page, () => Assert.Equal("Breached", page.Find("[data-testid=sla]").GetAttribute("data-state")));
    }

    [Fact]
    public async Task Stops_watching_typing_when_the_page_closes()
    {
        var page = Open(Context("c1", Start));
        Eventually(page, () => Assert.Equal(1, Handoffs.TypingWatchers));

        await DisposeComponentsAsync();

        Assert.Equal(0, Handoffs.TypingWatchers);
    }
}
