using Bunit;
using Bunit.TestDoubles;
using ConversationalCare.HandoffConsole.Access;
using ConversationalCare.HandoffConsole.Supervision;
using ConversationalCare.HandoffConsole.Tests.Handoff;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.HandoffConsole.Tests.Supervision;

/// <summary>The console for sam, a supervisor, with a fake supervision desk holding a week of sample figures.</summary>
public abstract class SupervisionPageContext : BunitContext
{
    public static readonly DateTimeOffset Start = ConsoleTestContext.Start;

    protected SupervisionPageContext()
    {
        // Every service before the first is read: bUnit's provider closes once a component or helper resolves one.
        Services.AddSingleton<IAgentDesk>(Desk);
        Services.AddSingleton<IHandoffDesk>(Handoffs);
        Services.AddSingleton<TimeProvider>(Clock);
        Services.AddSingleton<ISupervisionDesk>(Supervision);
        Services.AddSingleton<ISupervisionAlerts>(Alerts);
        Services.AddSingleton<AntiforgeryStateProvider>(new FixedAntiforgery());
        var auth = AddAuthorization();
        auth.SetAuthorized("sam");
        auth.SetRoles(ConsoleRoles.Supervisor);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Supervision.Reports[SupervisionDimension.Day] = Report(
            Figures(120, 30, containment: 0.7, escalation: 0.25, firstResponse: 90, handling: 400, fcr: 0.8, csat: 4.2, satisfied: 0.8, breach: 0.1),
            Figures(100, 20, containment: 0.75, escalation: 0.2, firstResponse: 120, handling: 400, fcr: 0.8, csat: 4.0, satisfied: null, breach: 0.15),
            [new("2026-03-12", Figures(70, 20, escalation: 0.29)), new("2026-03-14", Figures(50, 10, escalation: 0.2))]);
        Supervision.Reports[SupervisionDimension.Intent] = Report(Figures(120, 30), Figures(100, 20),
            [new("billing.refund", Figures(30, 20, escalation: 0.66)), new("order.track", Figures(80, 8, escalation: 0.1)), new("greeting", Figures(10, 2))]);
        Supervision.Reports[SupervisionDimension.Channel] = Report(Figures(120, 30), Figures(100, 20),
            [new("directline", Figures(100, 25)), new("whatsapp", Figures(20, 5))]);
        Supervision.Rows.AddRange(
        [
            Row("c-refund", "billing.refund", Start.AddDays(-2), escalated: true, breached: true, csat: 2),
            Row("c-track", "order.track", Start.AddHours(-1), escalated: false, breached: false, csat: null),
            Row("c-track-2", "order.track", Start.AddHours(-2), escalated: true, breached: false, csat: 5),
        ]);
    }

    protected FakeSupervisionDesk Supervision { get; } = new();

    protected FakeSupervisionAlerts Alerts { get; } = new();

    protected FakeAgentDesk Desk { get; } = new();

    protected FakeHandoffDesk Handoffs { get; } = new();

    protected FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>Waits for something the live circuit does on another thread.</summary>
    protected static void Eventually<T>(IRenderedComponent<T> component, Action assertion) where T : IComponent =>
        component.WaitForAssertion(assertion, TimeSpan.FromSeconds(5));

    protected static SupervisionFigures Figures(int conversations, int handoffs, double? containment = null, double? escalation = null,
        double? firstResponse = null, double? handling = null, double? fcr = null, double? csat = null, double? satisfied = null, double? breach = null) =>
        new(conversations, handoffs, containment, escalation, firstResponse, handling, fcr, csat, satisfied, breach);

    protected static SupervisionReport Report(SupervisionFigures overall, SupervisionFigures previous, IReadOnlyList<SupervisionGroup> groups) =>
        new(Start, Start, null, Start, overall, previous, SupervisionChange.Between(overall, previous), groups);

    private static SupervisedConversation Row(string id, string intent, DateTimeOffset startedAt, bool escalated, bool breached, int? csat) =>
        new(id, "cust-" + id, "directline", "en-US", intent, startedAt, escalated, escalated ? "billing" : null, escalated ? "alice" : null,
            escalated ? 95 : null, escalated ? 300 : null, breached, csat, !escalated);
}
