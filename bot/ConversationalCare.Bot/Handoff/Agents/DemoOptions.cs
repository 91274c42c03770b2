namespace ConversationalCare.Bot.Handoff.Agents;

/// <summary>
/// Demo accounts, bound from <c>ConversationalCare:Demo</c>. In Development the four demo users are created with the
/// passwords below (documented in the README); <see cref="Tokens"/> maps a user name to a fixed agent-API bearer token.
/// </summary>
public sealed class DemoOptions
{
    public const string Section = "ConversationalCare:Demo";

    /// <summary>Null means "only in Development".</summary>
    public bool? SeedUsers { get; set; }

    public Dictionary<string, string> Tokens { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
