using Bunit;
using Bunit.TestDoubles;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Quality;
using ConversationalCare.HandoffConsole.Tests.Handoff;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.HandoffConsole.Tests.Quality;

/// <summary>The console for sam, a supervisor, with a quality desk holding one of alice's conversations to review.</summary>
public abstract class QualityPageContext : BunitContext
{
    public static readonly DateTimeOffset Start = ConsoleTestContext.Start;
    public static readonly Guid AliceReview = new("00000000-0000-0000-0000-00000000a11c");
    public const string AliceConversation = "conv-alice-1";

    protected QualityPageContext()
    {
        // Every service before the first is read: bUnit's provider closes once a component or helper resolves one.
        Services.AddSingleton<IQualityDesk>(Quality);
        Services.AddSingleton<IAgentDesk>(Desk);
        Services.AddSingleton<IHandoffDesk>(Handoffs);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        Services.AddSingleton(Options.Create(new HandoffConsoleOptions()));
        JSInterop.Mode = JSRuntimeMode.Loose;
        Auth = AddAuthorization();
        Auth.SetAuthorized("sam");
        Auth.SetRoles(ConsoleRoles.Supervisor, ConsoleRoles.Agent);
        Quality.Reviews[AliceReview] = new ReviewView(AliceReview, "2026-W10", "alice", AliceConversation, Start.AddDays(-5), "resolved",
            ReviewStatus.Queued, null, null, [], null, null);
        Quality.Queue.Add(new QueuedReview(AliceReview, "2026-W10", "alice", AliceConversation, Start.AddDays(-5), ReviewStatus.Queued, null));
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Desk.Start(AliceConversation, "Ada Customer", Start.AddDays(-5));
        Desk.Say(AliceConversation, "customer", "My lamp arrived broken.", Start.AddDays(-5));
        Desk.Say(AliceConversation, "agent", "I'm sorry to hear that, Ada. I'll send a new one today.", Start.AddDays(-5).AddMinutes(1));
    }

    protected FakeQualityDesk Quality { get; } = new();

    protected FakeAgentDesk Desk { get; } = new();

    protected FakeHandoffDesk Handoffs { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected BunitAuthorizationContext Auth { get; }

    /// <summary>Waits for something the live circuit does on another thread.</summary>
    protected static void Eventually<T>(IRenderedComponent<T> component, Action assertion) where T : IComponent =>
        component.WaitForAssertion(assertion, TimeSpan.FromSeconds(5));

    protected static CriterionScore Score(QualityCriterion criterion, int? score, string? comment = null) => new(criterion, score, comment);
}
