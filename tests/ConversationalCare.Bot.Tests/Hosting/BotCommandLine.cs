using System.Diagnostics;
using ConversationalCare.Tests;

namespace ConversationalCare.Bot.Tests.Hosting;

/// <summary>
/// The host's own executable run as the README tells an operator to, in Production on a data directory, with what
/// they would type on standard input. The test output folder holds ConversationalCare.Bot.dll through the project reference.
/// </summary>
public static class BotCommandLine
{
    /// <summary>On the test run's database (SQLite files in the directory, or its PostgreSQL database).</summary>
    public static Task<(int Exit, string Output, string Error)> RunAsync(string dataDirectory, string input, params string[] args) =>
        RunAsync(dataDirectory, input, TestDatabase.SettingsFor(dataDirectory), args);

    /// <param name="settings">Configuration given as environment variables, as a service manager would.</param>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string dataDirectory, string input,
        IEnumerable<KeyValuePair<string, string?>> settings, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConversationalCare__DataDirectory"] = dataDirectory },
        };
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConversationalCare.Bot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Generous: two shared cores may be busy with other tests while the process starts.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
