using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConversationalCare.EndToEnd.Tests.Prerequisites;

namespace ConversationalCare.EndToEnd.Tests.Hosting;

/// <summary>Runs clients/directline-client.js, the official botframework-directlinejs in Node, for one customer turn.</summary>
public static class DirectLineJsClient
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(45);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<DirectLineJsReport> RunAsync(DirectLineJsRun run)
    {
        EndToEndEnvironment.EnsureAvailable(Requires.DirectLineJS);
        var start = new ProcessStartInfo(EndToEndEnvironment.NodePath!)
        {
            WorkingDirectory = EndToEndEnvironment.ProjectDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(EndToEndEnvironment.ProjectDirectory, "clients", "directline-client.js"));
        foreach (var argument in run.ToArguments()) start.ArgumentList.Add(argument);

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"directline-client.js did not exit within {ProcessTimeout}. stderr: {await stderr}");
        }

        var output = await stdout;
        var line = output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith('{'));
        if (line is null)
            throw new InvalidOperationException($"directline-client.js printed no report (exit {process.ExitCode}). stdout: {output} stderr: {await stderr}");
        var report = JsonSerializer.Deserialize<DirectLineJsReport>(line, Json)!;
        Assert.True(report.Ok && process.ExitCode == 0,
            $"DirectLineJS ({run.Mode}) failed with exit {process.ExitCode}: {report.Error}\nreport: {line}\nstderr: {await stderr}");
        return report with { Raw = line };
    }
}

/// <summary>One run of the Node client; null options are left out.</summary>
public sealed record DirectLineJsRun(string Domain, string Token, string Mode)
{
    public string? Text { get; init; }
    public string? Expect { get; init; }
    public string? UserId { get; init; }
    public string? Locale { get; init; }
    public string? ConversationId { get; init; }
    public string? Watermark { get; init; }
    public string? ExpectHistory { get; init; }
    public bool Refresh { get; init; }

    public IEnumerable<string> ToArguments()
    {
        var options = new (string Name, string? Value)[]
        {
            ("domain", Domain), ("token", Token), ("mode", Mode), ("text", Text), ("expect", Expect),
            ("user-id", UserId), ("locale", Locale), ("conversation-id", ConversationId), ("watermark", Watermark),
            ("expect-history", ExpectHistory),
        };
        foreach (var (name, value) in options.Where(o => o.Value is not null))
        {
            yield return $"--{name}";
            yield return value!;
        }
        if (Refresh) yield return "--refresh";
    }
}

/// <summary>The JSON line the Node client prints.</summary>
public sealed record DirectLineJsReport(
    bool Ok,
    string Mode,
    string? ConversationId,
    string UserId,
    IReadOnlyList<string> Statuses,
    IReadOnlyList<SeenActivity> Activities,
    string? PostedId,
    SeenActivity? Echo,
    SeenActivity? Reply,
    SeenActivity? History,
    TokenRefresh? Refresh,
    string? Watermark,
    string? Token,
    string? Error,
    long ElapsedMs)
{
    [JsonIgnore] public string Raw { get; init; } = "";

    public override string ToString() => Raw;
}

public sealed record SeenActivity(
    string? Id,
    string Type,
    SeenAccount? From,
    string? Text,
    string? Locale,
    string? ReplyToId,
    string? Timestamp,
    string? ClientActivityID,
    IReadOnlyList<string>? SuggestedActions);

public sealed record SeenAccount(string? Id, string? Role);

public sealed record TokenRefresh(bool Refreshed, bool Changed);
