using Bunit;
using ConversationalCare.HandoffConsole.Layout;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

public class ConsoleNavigationTests : BunitContext
{
    private string[] CurrentLinks(string uri)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo(uri);
        return Render<ConsoleLayout>().FindAll("nav a[aria-current=page]").Select(a => a.TextContent).ToArray();
    }

    [Theory]
    [InlineData("/console", "Conversations")]
    [InlineData("/console/conversations/c1", "Conversations")]
    [InlineData("/console/knowledge", "Knowledge")]
    public void Marks_only_the_section_in_view_as_the_current_page(string uri, string current) =>
        Assert.Equal([current], CurrentLinks(uri));
}
