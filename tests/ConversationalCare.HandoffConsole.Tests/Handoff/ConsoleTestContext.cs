using Bunit;
using Bunit.TestDoubles;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Administration.Replies;
using ConversationalCare.HandoffConsole.Handoff;
using ConversationalCare.HandoffConsole.Tests.Administration;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.HandoffConsole.Tests.Handoff;

/// <summary>
/// A live console circuit for one signed-in agent, alice, with fake desks, a hand-turned clock and a knowledge
/// search that answers what the test says.
/// </summary>
public abstract class ConsoleTestContext : BunitContext
{
    public static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    protected ConsoleTestContext()
    {
        Services.AddSingleton<IAgentDesk>(Desk);
        Services.AddSingleton<IHandoffDesk>(Handoffs);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<IKnowledgeSearch>(Knowledge);
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        Services.AddSingleton(Options.Create(ConsoleOptions));
        Services.AddSingleton<ICannedReplies>(CannedReplies);
        Services.AddSingleton<ICannedReplyAdministration>(ReplyAdministration);
        Auth = AddAuthorization();
        Auth.SetAuthorized("alice");
        Auth.SetRoles(ConsoleRoles.Agent);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        // The composer's Enter rule is browser script; these tests drive the form the script submits.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    protected BunitAuthorizationContext Auth { get; }

    protected FakeAgentDesk Desk { get; } = new();

    protected FakeHandoffDesk Handoffs { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected FakeKnowledgeSearch Knowledge { get; } = new();

    protected HandoffConsoleOptions ConsoleOptions { get; } = new();

    protected FakeCannedReplies CannedReplies { get; } = new();

    protected FakeCannedReplyAdministration ReplyAdministration { get; } = new();

    /// <summary>Waits for something the live circuit does on another thread.</summary>
    protected static void Eventually<T>(IRenderedComponent<T> component, Action assertion) where T : IComponent =>
        component.WaitForAssertion(assertion, TimeSpan.FromSeconds(5));
}
