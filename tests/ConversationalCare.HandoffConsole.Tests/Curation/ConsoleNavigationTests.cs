using Bunit;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Layout;
using ConversationalCare.HandoffConsole.Tests.Handoff;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

public class ConsoleNavigationTests : BunitContext
{
    // Links show by role; someone who both supervises and owns content sees both sections.
    public ConsoleNavigationTests()
    {
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        AddAuthorization().SetAuthorized("maria").SetRoles(ConsoleRoles.Supervisor, ConsoleRoles.ContentOwner);
        // The layout marks whether its circuit is live, as a running console page is.
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private string[] CurrentLinks(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<ConsoleLayout>().FindAll("nav a[aria-current=page]").Select(a => a.TextContent).ToArray();
    }

    [Theory]
    [InlineData("/console", "Inbox")]
    [InlineData("/console/conversations/c1", "Inbox")]
    [InlineData("/console/knowledge", "Knowledge")]
    public void Marks_only_the_section_in_view_as_the_current_page(string uri, string current) =>
        Assert.Equal([current], CurrentLinks(uri));
}
