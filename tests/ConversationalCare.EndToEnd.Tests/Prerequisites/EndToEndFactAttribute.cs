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
    public static string? For(Requires requires)
    {
        if (EndToEndEnvironment.Missing(requires) is not { } missing) return null;
        // .ci/run provides the servers only for its PostgreSQL run, so several-host tests skip (visibly) in the other.
        if (requires.HasFlag(Requires.Cluster))
            return $"Skipped several-host test: {missing}. .ci/run sets them for its PostgreSQL run.";
        return EndToEndEnvironment.PrerequisitesRequired
            ? null
            : $"Skipped end-to-end test: {missing}. Set {EndToEndEnvironment.RequiredVariable}=1 to fail instead.";
    }
}
