using Bunit;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>Ada answers data requests and sets how long transcripts keep customers' words, on /console/admin/customers.</summary>
public class CustomerDataPageTests : BunitContext
{
    private readonly FakeCustomerDataAdministration customers = new();

    public CustomerDataPageTests()
    {
        Services.AddSingleton<ICustomerDataAdministration>(customers);
        var auth = AddAuthorization();
        auth.SetAuthorized("ada");
        auth.SetRoles(ConsoleRoles.Admin);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private IRenderedComponent<CustomerDataPage> Open() => Render<CustomerDataPage>();

    private static void FindByEmail(IRenderedComponent<CustomerDataPage> page, string email)
    {
        page.Find("[data-testid=lookup-email]").Change(email);
        page.Find("[data-testid=lookup-form]").Submit();
    }

    [Fact]
    public void Finding_by_email_lists_the_customer_with_their_conversations_linked_to_transcripts_and_an_export_link()
    {
        var page = Open();

        FindByEmail(page, "jane.doe@example.com");

        var card = page.Find($"[data-testid=customer-{FakeCustomerDataAdministration.Jane.Id}]");
        Assert.Equal("Jane Doe", card.QuerySelector("[data-testid=customer-name]")!.TextContent);
        Assert.Contains("dl-jane", card.QuerySelector("[data-testid=customer-facts]")!.TextContent);
        Assert.Contains("first seen 2026-03-09 10:00 UTC", card.QuerySelector("[data-testid=customer-facts]")!.TextContent);
        Assert.Equal(["/console/conversations/conv-1", "/console/conversations/conv-2"],
            card.QuerySelectorAll("[data-testid=customer-conversations] a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"/console/admin/customers/{FakeCustomerDataAdministration.Jane.Id}/export",
            card.QuerySelector("[data-testid=customer-export]")!.GetAttribute("href"));
        Assert.Equal([new CustomerLookup(null, null, "jane.doe@example.com")], customers.Lookups);
    }

    [Fact]
    public void A_lookup_that_matches_nobody_says_so()
    {
        var page = Open();

        FindByEmail(page, "nobody@example.com");

        Assert.NotNull(page.Find("[data-testid=no-customers]"));
        Assert.Empty(page.FindAll("[data-testid=customer-name]"));
    }

    [Fact]
    public void A_refused_lookup_shows_the_bots_reason_beside_the_field()
    {
        customers.Refuse = ("email", "'jane@' is not an email address.");
        var page = Open();

        FindByEmail(page, "jane@");

        Assert.Equal("'jane@' is not an email address.", page.Find("[data-testid=problem-email]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=no-customers]"));
    }

    [Fact]
    public void Erasing_asks_first_naming_what_goes_and_then_shows_what_was_deleted()
    {
        var page = Open();
        FindByEmail(page, "jane.doe@example.com");

        page.Find("[data-testid=erase]").Click();
        Assert.Empty(customers.Erasures);
        Assert.Contains("2 conversations with 16 activities", page.Find("[data-testid=erase-confirmation]").TextContent);
        page.Find("[data-testid=erase-confirm]").Click();

        Assert.Equal([(FakeCustomerDataAdministration.Jane.Id, "ada")], customers.Erasures);
        Assert.StartsWith("Erased Jane Doe: 2 conversations, 16 activities, 1 file", page.Find("[data-testid=customers-saved]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=customer-name]"));
    }

    [Fact]
    public void Keeping_the_customer_at_the_confirmation_erases_nothing()
    {
        var page = Open();
        FindByEmail(page, "jane.doe@example.com");

        page.Find("[data-testid=erase]").Click();
        page.Find("[data-testid=erase-cancel]").Click();

        Assert.Empty(customers.Erasures);
        Assert.Empty(page.FindAll("[data-testid=erase-confirmation]"));
        Assert.Equal("Jane Doe", page.Find("[data-testid=customer-name]").TextContent);
    }

    [Fact]
    public void Shows_the_period_and_saves_a_new_one_in_days()
    {
        var page = Open();
        Assert.Equal("Transcripts are kept forever.", page.Find("[data-testid=retention-current]").TextContent.Trim());
        Assert.True(page.Find("[data-testid=anonymise-now]").HasAttribute("disabled"));

        page.Find("[data-testid=retention-limited]").Change(true);
        page.Find("[data-testid=retention-days]").Change("365");
        page.Find("[data-testid=retention-form]").Submit();

        Assert.Equal([((int?)365, "ada")], customers.RetentionChanges);
        Assert.StartsWith("Transcripts are anonymised 365 days after", page.Find("[data-testid=retention-current]").TextContent.Trim());
        Assert.Contains("Set by ada", page.Find("[data-testid=retention-current]").TextContent);
    }

    [Fact]
    public void A_refused_period_shows_the_bots_problem_and_keeps_what_was_typed()
    {
        customers.Refuse = ("days", "days must be a whole number from 1 to 3650, or null.");
        var page = Open();

        page.Find("[data-testid=retention-limited]").Change(true);
        page.Find("[data-testid=retention-days]").Change("0");
        page.Find("[data-testid=retention-form]").Submit();

        Assert.Equal("days must be a whole number from 1 to 3650, or null.", page.Find("[data-testid=problem-days]").TextContent);
        Assert.Equal("0", page.Find("[data-testid=retention-days]").GetAttribute("value"));
        Assert.Equal("Transcripts are kept forever.", page.Find("[data-testid=retention-current]").TextContent.Trim());
    }

    [Fact]
    public void Keeping_forever_sends_no_days()
    {
        customers.Retention = new RetentionView(30, "ada", FakeCustomerDataAdministration.Monday);
        var page = Open();

        page.Find("[data-testid=retention-forever]").Change(true);
        page.Find("[data-testid=retention-form]").Submit();

        Assert.Equal([((int?)null, "ada")], customers.RetentionChanges);
        Assert.Equal("Transcripts are kept forever. Set by ada on 2026-03-09 10:00 UTC.", page.Find("[data-testid=retention-current]").TextContent.Trim());
    }

    [Fact]
    public void Anonymising_now_shows_the_counts_it_returned()
    {
        customers.Retention = new RetentionView(30, "ada", FakeCustomerDataAdministration.Monday);
        var page = Open();

        page.Find("[data-testid=anonymise-now]").Click();

        Assert.Equal("Anonymised 3 conversations: 40 activities, 1 file, 2 notes, 1 customer name and 0 incident samples.",
            page.Find("[data-testid=retention-saved]").TextContent);
    }
}
