using System.Diagnostics;

namespace ConversationalCare.EndToEnd.Tests.Hosting;

/// <summary>
/// The host's own executable run as an operator runs it from a shell, in Production on a data directory, with what
/// they would type on standard input. The test output folder holds ConversationalCare.Bot.dll through the project reference.
/// </summary>
public static class BotCommandLine
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(string dataDirectory, string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["ConversationalCare__DataDirectory"] = dataDirectory },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConversationalCare.Bot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // Generous: the command starts the whole host's services on two shared cores before it creates the account.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
