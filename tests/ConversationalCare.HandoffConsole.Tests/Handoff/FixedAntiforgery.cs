using Microsoft.AspNetCore.Components.Forms;

namespace ConversationalCare.HandoffConsole.Tests.Handoff;

/// <summary>The token a circuit would carry from its prerender, for forms that post outside the circuit (sign-out).</summary>
public sealed class FixedAntiforgery : AntiforgeryStateProvider
{
    public override AntiforgeryRequestToken? GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
}
