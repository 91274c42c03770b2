using System.Runtime.InteropServices;
using ConversationalCare.Benchmarks;

var (options, problem) = BenchmarkOptions.Parse(args);
if (options is null)
{
    if (problem is { Length: > 0 }) Console.Error.WriteLine(problem);
    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return problem is { Length: > 0 } ? 2 : 0;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, press) => { press.Cancel = true; cancel.Cancel(); };
// A killed run must still stop the host it started and delete its data directory.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal => { signal.Cancel = true; cancel.Cancel(); });

await using var host = options.StartHost is { } dll ? await HostProcess.StartAsync(dll, cancel.Token) : null;
var hostPid = host?.ProcessId ?? options.HostPid;
await using var monitor = hostPid is { } pid ? new HostMonitor(pid) : null;
using var http = LoadClient.Create(host?.BaseUrl ?? options.Url!);
Console.WriteLine($"target {http.BaseAddress}{(hostPid is { } p ? $" (pid {p})" : "")}, {Environment.ProcessorCount} cores shared with this client");

var rounds = new List<RoundResult>();
try
{
    await LoadClient.WarmUpAsync(http, options, cancel.Token);
    foreach (var conversations in options.ConversationCounts)
    {
        var round = await LoadRound.RunAsync(http, options, conversations, options.MessagesPerConversation, monitor, cancel.Token);
        Report.Round(round, options.Rate);
        rounds.Add(round);
    }
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled; reporting the rounds that finished.");
}
if (host is not null) Report.HostLog(host.Log);
if (options.TimingsCsv is { } csv) Report.Timings(csv, rounds);
Report.Summary(rounds, options.Rate);
return rounds.Any(r => r.Errors > 0) || cancel.IsCancellationRequested ? 1 : 0;
