using System.Diagnostics;
using System.Net;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Tests;

namespace ConversationalCare.Bot.Tests.Availability;

/// <summary>The host's own process, started as an operator starts it and stopped as a service manager stops it.</summary>
public class HostProcessStopTests
{
    [Fact]
    public async Task SIGTERM_ends_a_serving_host_process_with_exit_code_0()
    {
        var data = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        var address = new Uri($"http://127.0.0.1:{RedisServer.FreePort()}");
        using var process = Start(data, address);
        try
        {
            using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
            await WaitUntilHealthyAsync(http, process);
            var chat = await DirectLineChat.StartAsync(http);
            await chat.Send("where is my parcel?");

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
            // A hang guard, not a speed check: the host's own limit is HostOptions.ShutdownTimeout (10 s).
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            BotHost.DeleteData(data);
        }
    }

    private static Process Start(string data, Uri address)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development", ["ConversationalCare__DataDirectory"] = data,
                ["ConversationalCare__DirectLine__Secret"] = BotHost.TestSecret,
            },
        };
        foreach (var (key, value) in TestDatabase.SettingsFor(data)) start.Environment[key.Replace(":", "__")] = value;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ConversationalCare.Bot.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        var process = Process.Start(start)!;
        // Read and dropped, so a chatty log never fills the pipe and blocks the host.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilHealthyAsync(HttpClient http, Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (true)
        {
            Assert.False(process.HasExited, $"The host exited on start with code {(process.HasExited ? process.ExitCode : 0)}.");
            try
            {
                using var health = await http.GetAsync("/healthz", timeout.Token);
                if (health.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200, timeout.Token);
        }
    }
}
