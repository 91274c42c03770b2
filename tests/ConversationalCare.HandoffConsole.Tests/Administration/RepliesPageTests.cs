using Bunit;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Administration.Replies;
using ConversationalCare.HandoffConsole.Layout;
using ConversationalCare.HandoffConsole.Tests.Handoff;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>An admin keeps the desk's canned replies on /console/admin/replies.</summary>
public class RepliesPageTests : ConsoleTestContext
{
    public RepliesPageTests()
    {
        Auth.SetAuthorized("ada");
        Auth.SetRoles(ConsoleRoles.Admin);
        ReplyAdministration.Add(null, "en", "greeting", "Hi {customerName}");
        ReplyAdministration.Add(null, "zh", "greeting", "{customerName}您好");
        ReplyAdministration.Add("billing", "en", "refund", "Refunds take 5 days.");
    }

    private IRenderedComponent<RepliesPage> Open()
    {
        var page = Render<RepliesPage>();
        Eventually(page, () => page.Find("[data-testid=replies]"));
        return page;
    }

    private static IReadOnlyList<string?> Listed(IRenderedComponent<RepliesPage> page) =>
        [.. page.FindAll("[data-testid=reply]").Select(r => $"{r.GetAttribute("data-name")}/{r.QuerySelector("[data-testid=reply-team]")!.TextContent}")];

    private static void Fill(IRenderedComponent<RepliesPage> page, string? team, string language, string name, string text)
    {
        page.Find("[data-testid=reply-team-input]").Change(team ?? "");
        page.Find("[data-testid=reply-language-input]").Change(language);
        page.Find("[data-testid=reply-name-input]").Change(name);
        page.Find("[data-testid=reply-text-input]").Change(text);
        page.Find("[data-testid=reply-form]").Submit();
    }

    [Fact]
    public void Lists_every_reply_with_its_team_or_everyone()
    {
        var page = Open();

        Assert.Equal(["greeting/Everyone", "greeting/Everyone", "refund/billing"], Listed(page));
    }

    [Fact]
    public void Filters_by_team_and_language()
    {
        var page = Open();

        page.Find("[data-testid=filter-team]").Change(CannedReplyFilter.Everyone);
        page.Find("[data-testid=filter-language]").Change("zh");

        Eventually(page, () => Assert.Equal(["greeting/Everyone"], Listed(page)));
        Assert.Equal(new CannedReplyFilter(CannedReplyFilter.Everyone, "zh"), ReplyAdministration.Filters[^1]);
    }

    [Fact]
    public void Adds_a_reply_for_a_team_as_the_signed_in_admin()
    {
        var page = Open();

        Fill(page, "orders", "en", "where is it", "Let me check where your parcel is.");

        Eventually(page, () => Assert.Contains("where is it/orders", Listed(page)));
        Assert.Equal([("created", "ada")], ReplyAdministration.Changes);
        Assert.Equal("", page.Find("[data-testid=reply-name-input]").GetAttribute("value"));
    }

    [Fact]
    public void Says_under_each_field_what_is_wrong()
    {
        var page = Open();

        Fill(page, null, "en", "", " ");

        Eventually(page, () => Assert.Equal("Give the reply a name.", page.Find("[data-testid=reply-name-error]").TextContent.Trim()));
        Assert.Equal("Write the text agents will insert.", page.Find("[data-testid=reply-text-error]").TextContent.Trim());
        Assert.Equal("true", page.Find("[data-testid=reply-name-input]").GetAttribute("aria-invalid"));
        Assert.Null(page.Find("[data-testid=reply-language-input]").GetAttribute("aria-invalid"));
        Assert.Empty(ReplyAdministration.Changes);
    }

    [Fact]
    public void Says_when_the_name_is_already_taken()
    {
        var page = Open();

        Fill(page, null, "en", "greeting", "Hello again");

        Eventually(page, () => Assert.Contains("already a reply called 'greeting'", page.Find("[data-testid=reply-form-error]").TextContent));
    }

    [Fact]
    public void Edits_a_reply_in_the_form()
    {
        var page = Open();

        page.Find("[data-name=refund] [data-testid=edit]").Click();
        Assert.Equal("Refunds take 5 days.", page.Find("[data-testid=reply-text-input]").GetAttribute("value"));
        page.Find("[data-testid=reply-text-input]").Change("Refunds take 3 days.");
        page.Find("[data-testid=reply-form]").Submit();

        Eventually(page, () => Assert.Contains("Refunds take 3 days.", page.Find("[data-name=refund]").TextContent));
        Assert.Equal([("changed", "ada")], ReplyAdministration.Changes);
        Assert.Contains("New reply", page.Find("#reply-form-heading").TextContent);
    }

    [Fact]
    public void Deletes_only_after_the_admin_confirms()
    {
        var page = Open();

        page.Find("[data-name=refund] [data-testid=delete]").Click();
        Assert.Equal(3, ReplyAdministration.Replies.Count);
        page.Find("[data-name=refund] [data-testid=delete-confirm]").Click();

        Eventually(page, () => Assert.DoesNotContain("refund/billing", Listed(page)));
        Assert.Equal([("deleted", "ada")], ReplyAdministration.Changes);
    }

    [Fact]
    public void Admins_find_the_page_in_the_navigation_and_agents_do_not()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/console/admin/replies");
        Assert.NotNull(Render<ConsoleLayout>().Find("nav a[href='/console/admin/replies']"));

        Auth.SetRoles(ConsoleRoles.Agent);
        Assert.Empty(Render<ConsoleLayout>().FindAll("nav a[href='/console/admin/replies']"));
    }

    [Fact]
    public void Only_admins_may_open_the_page()
    {
        var attribute = Assert.Single(typeof(RepliesPage).GetCustomAttributes(typeof(Microsoft.AspNetCore.Authorization.AuthorizeAttribute), true)
            .Cast<Microsoft.AspNetCore.Authorization.AuthorizeAttribute>(), a => a.Roles is not null);
        Assert.Equal(ConsoleRoles.Admin, attribute.Roles);
    }
}
