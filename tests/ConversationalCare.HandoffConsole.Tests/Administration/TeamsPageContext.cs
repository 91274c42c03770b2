using Bunit;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>The Teams &amp; routing page for ada, an admin, over teams and rules the test can read back.</summary>
public abstract class TeamsPageContext : BunitContext
{
    protected TeamsPageContext()
    {
        Services.AddSingleton<ITeamAdministration>(Teams);
        var auth = AddAuthorization();
        auth.SetAuthorized("ada");
        auth.SetRoles(ConsoleRoles.Admin);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    protected FakeTeamAdministration Teams { get; } = new();

    protected IRenderedComponent<TeamsPage> Open() => Render<TeamsPage>();
}
