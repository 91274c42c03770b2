using Bunit;
using Bunit.TestDoubles;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.Knowledge.Import;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

/// <summary>
/// A bUnit context for the curation pages: the real knowledge services on a temporary SQLite file, and Olivia signed
/// in as a content owner, the way the console's sign-in cascades her to every page.
/// </summary>
public abstract class CurationPageContext : BunitContext, IAsyncLifetime
{
    public const string Editor = "olivia";

    protected KnowledgeBase Knowledge { get; private set; } = null!;

    protected BunitAuthorizationContext Authorization { get; private set; } = null!;

    protected NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    public async Task InitializeAsync()
    {
        Knowledge = await KnowledgeBase.StartAsync();
        Authorization = AddAuthorization();
        Authorization.SetAuthorized(Editor);
        Authorization.SetRoles(ConsoleRoles.ContentOwner);
        Services.AddSingleton(Knowledge.Curation);
        Services.AddSingleton(Knowledge.Search);
        Services.AddSingleton(Knowledge.Host.Services.GetRequiredService<ArticleImporter>());
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        // InputFile and NavigationLock talk to the browser; nothing here depends on what it answers.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    // xUnit disposes the bUnit context itself (IAsyncDisposable); this only stops the knowledge host.
    async Task IAsyncLifetime.DisposeAsync() => await Knowledge.DisposeAsync();

    protected static void Eventually<T>(IRenderedComponent<T> page, Action assertion) where T : IComponent =>
        page.WaitForAssertion(assertion, TimeSpan.FromSeconds(5));
}
