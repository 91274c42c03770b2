using System.Reflection;

namespace ConversationalCare.EndToEnd.Tests.Prerequisites;

/// <summary>
/// Where the Node packages, the client scripts and the browser are, and which of them are missing.
/// With CONVERSATIONALCARE_E2E=1 (set by CI) a missing prerequisite fails the test instead of skipping it.
/// </summary>
public static class EndToEndEnvironment
{
    public const string RequiredVariable = "CONVERSATIONALCARE_E2E";

    private static readonly Lazy<string?> Node = new(() => FindOnPath("node"));

    /// <summary>The project folder: package.json, node_modules, clients/ and pages/ live there, not in bin/.</summary>
    public static string ProjectDirectory { get; } = typeof(EndToEndEnvironment).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "EndToEndProjectDirectory").Value!;

    public static string NodeModules => Path.Combine(ProjectDirectory, "node_modules");

    public static string WebChatBundle => Path.Combine(NodeModules, "botframework-webchat", "dist", "webchat.js");

    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured
        ? configured
        : "/usr/bin/chromium";

    public static string? NodePath => Node.Value;

    public static string RepositoryDirectory => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", ".."));

    /// <summary>A connection string to a PostgreSQL server on which the tests may create and drop databases.</summary>
    public static string? PostgresServer => Environment.GetEnvironmentVariable("CONVERSATIONALCARE_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    /// <summary>A StackExchange.Redis configuration string of a Redis the tests may use.</summary>
    public static string? RedisConfiguration => Environment.GetEnvironmentVariable("CONVERSATIONALCARE_TEST_REDIS") is { Length: > 0 } value ? value : null;

    public static string? NginxPath => Nginx.Value;

    private static readonly Lazy<string?> Nginx = new(() => FindOnPath("nginx") ?? (File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : null));

    /// <summary>CI sets this so that nothing can skip silently there.</summary>
    public static bool PrerequisitesRequired => Environment.GetEnvironmentVariable(RequiredVariable) == "1";

    /// <summary>Why the test can't run here, or null when everything it needs is present.</summary>
    public static string? Missing(Requires requires)
    {
        var missing = new List<string>();
        if (requires.HasFlag(Requires.DirectLineJS))
        {
            if (NodePath is null) missing.Add("`node` is not on PATH");
            if (!Directory.Exists(Path.Combine(NodeModules, "botframework-directlinejs")))
                missing.Add($"botframework-directlinejs is not installed (run `npm ci` in {ProjectDirectory})");
        }
        if (requires.HasFlag(Requires.WebChat) && !File.Exists(WebChatBundle))
            missing.Add($"{WebChatBundle} is missing (run `npm ci` in {ProjectDirectory})");
        if (requires.HasFlag(Requires.Chromium) && !File.Exists(ChromiumPath))
            missing.Add($"no Chromium at {ChromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)");
        if (requires.HasFlag(Requires.Cluster))
        {
            if (PostgresServer is null) missing.Add("CONVERSATIONALCARE_TEST_POSTGRES (a PostgreSQL server connection string) is not set");
            if (RedisConfiguration is null) missing.Add("CONVERSATIONALCARE_TEST_REDIS (a Redis configuration string) is not set");
            if (NginxPath is null) missing.Add("nginx is not installed (apt-get install nginx)");
        }
        return missing.Count == 0 ? null : string.Join("; ", missing);
    }

    /// <summary>Called by fixtures before they start anything, so a required-but-missing prerequisite fails loudly.</summary>
    public static void EnsureAvailable(Requires requires)
    {
        if (Missing(requires) is { } reason)
            throw new InvalidOperationException($"End-to-end prerequisites are missing: {reason}.");
    }

    private static string? FindOnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
    }
}
