using Bunit;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Layout;
using ConversationalCare.HandoffConsole.Tests.Handoff;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Layout;

public class ConsoleLayoutTests : ConsoleTestContext
{
    public ConsoleLayoutTests() =>
        Handoffs.Agents.Add(new AgentProfile("alice", "Alice W.", AgentStatus.Away, 3, 0, ["orders"], ["en-US"]));

    private IRenderedComponent<ConsoleLayout> Open(string uri = "/console")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<ConsoleLayout>();
    }

    [Fact]
    public void Shows_who_is_signed_in_with_their_status()
    {
        var layout = Open();

        Assert.Equal("alice", layout.Find("[data-testid=account] .user").TextContent);
        Assert.Equal("Away", layout.Find("#agent-status").GetAttribute("value"));
    }

    [Fact]
    public void Changing_the_status_tells_the_desk()
    {
        var layout = Open();

        layout.Find("#agent-status").Change(nameof(AgentStatus.Online));

        Eventually(layout, () => Assert.Equal([("alice", AgentStatus.Online)], Handoffs.StatusChanges));
        Assert.Empty(layout.FindAll("[data-testid=status-error]"));
    }

    [Fact]
    public void Puts_the_status_back_and_says_why_when_the_desk_refuses()
    {
        Handoffs.Answers["status"] = new DeskResult(DeskFailure.Invalid, "Finish your 2 conversations before going offline");
        var layout = Open();

        layout.Find("#agent-status").Change(nameof(AgentStatus.Offline));

        Eventually(layout, () => Assert.Equal("Finish your 2 conversations before going offline", layout.Find("[data-testid=status-error]").TextContent));
        Assert.Equal("Away", layout.Find("#agent-status").GetAttribute("value"));
    }

    [Fact]
    public void Signs_out_with_a_form_post_that_carries_an_antiforgery_token()
    {
        var form = Open().Find("[data-testid=signout]");

        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("/console/account/signout", form.GetAttribute("action"));
        Assert.Equal("test-token", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value"));
    }

    [Fact]
    public void Gives_a_supervisor_no_status_because_only_agents_take_conversations()
    {
        Auth.SetRoles(ConsoleRoles.Supervisor);

        var layout = Open();

        Assert.Empty(layout.FindAll("[data-testid=status-switch]"));
        Assert.Contains("Inbox", layout.FindAll("nav a").Select(a => a.TextContent));
    }

    [Fact]
    public void Shows_content_owners_the_knowledge_link_and_not_the_inbox()
    {
        Auth.SetRoles(ConsoleRoles.ContentOwner);

        var layout = Open("/console/knowledge");

        var links = layout.FindAll("nav a").Select(a => a.TextContent).ToArray();
        Assert.Contains("Knowledge", links);
        Assert.DoesNotContain("Inbox", links);
    }

    [Fact]
    public void Shows_admins_the_teams_and_routing_page_and_marks_it_current_there()
    {
        Auth.SetRoles(ConsoleRoles.Admin);

        var layout = Open("/console/admin/teams");

        Assert.Equal(["Teams & routing"], layout.FindAll("nav a[aria-current=page]").Select(a => a.TextContent));
        Assert.Equal("/console/admin/teams", layout.Find("nav a.active").GetAttribute("href"));
    }

    [Fact]
    public void Shows_admins_customer_data_between_website_chat_and_the_audit_log()
    {
        Auth.SetRoles(ConsoleRoles.Admin);

        var layout = Open("/console/admin/customers");

        var links = layout.FindAll("nav a").Select(a => a.TextContent).ToList();
        Assert.Equal(links.IndexOf("Website chat") + 1, links.IndexOf("Customer data"));
        Assert.Equal(links.IndexOf("Customer data") + 1, links.IndexOf("Audit log"));
        Assert.Equal("/console/admin/customers", layout.Find("nav a.active").GetAttribute("href"));
    }

    [Theory]
    [InlineData("/console")]
    [InlineData("/console/conversations/c1")]
    public void Marks_the_inbox_current_on_conversations(string uri) =>
        Assert.Equal(["Inbox"], Open(uri).FindAll("nav a[aria-current=page]").Select(a => a.TextContent));
}
