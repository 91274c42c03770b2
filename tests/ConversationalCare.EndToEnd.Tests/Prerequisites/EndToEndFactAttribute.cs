namespace ConversationalCare.EndToEnd.Tests.Prerequisites;

/// <summary>
/// A fact that reports as skipped, with the reason, when Node packages or Chromium are missing here; under
/// CONVERSATIONALCARE_E2E=1 it runs anyway so that the missing piece fails it (xunit 2 has no dynamic skip).
/// </summary>
public sealed class EndToEndFactAttribute : FactAttribute
{
    public EndToEndFactAttribute(Requires requires)
    {
        if (SkipReason.For(requires) is { } reason) Skip = reason;
    }
}

/// <summary>The theory counterpart of <see cref="EndToEndFactAttribute"/>.</summary>
public sealed class EndToEndTheoryAttribute : TheoryAttribute
{
    public EndToEndTheoryAttribute(Requires requires)
    {
        if (SkipReason.For(requires) is { } reason) Skip = reason;
    }
}

internal static class SkipReason
{
    public static string? For(Requires requires) =>
        EndToEndEnvironment.PrerequisitesRequired || EndToEndEnvironment.Missing(requires) is not { } missing
            ? null
            : $"Skipped end-to-end test: {missing}. Set {EndToEndEnvironment.RequiredVariable}=1 to fail instead.";
}
