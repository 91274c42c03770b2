using System.Runtime.InteropServices;
using ConversationalCare.Benchmarks;
using ConversationalCare.Benchmarks.Handoff;

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

// A host we start gets a fresh agent token for this run; a running host is reached with the one given.
var agentToken = options.StartHost is null ? options.AgentToken : $"bench-{Guid.NewGuid():N}";
var settings = options.Handoff ? HandoffBenchmark.HostSettings(agentToken) : [];
await using var host = options.StartHost is { } dll ? await HostProcess.StartAsync(dll, settings, cancel.Token) : null;
IReadOnlyList<int> hostPids = host is not null ? [host.ProcessId] : options.HostPids;
await using var monitor = hostPids.Count > 0 ? new HostMonitor(hostPids) : null;
using var hosts = LoadTargets.Create(host is not null ? [host.BaseUrl] : options.Urls);
Console.WriteLine($"target {hosts.Describe()}{(hostPids.Count > 0 ? $" (pid {string.Join(", ", hostPids)})" : "")}, {Environment.ProcessorCount} cores shared with this client");

var rounds = new List<RoundResult>();
var handoffRounds = new List<HandoffRoundResult>();
try
{
    if (options.Handoff) await HandoffBenchmark.RunAsync(hosts, options, agentToken, monitor, handoffRounds, cancel.Token);
    else
    {
        await LoadClient.WarmUpAsync(hosts, options, cancel.Token);
        foreach (var conversations in options.ConversationCounts)
        {
            var round = await LoadRound.RunAsync(hosts, options, conversations, options.MessagesPerConversation, monitor, cancel.Token);
            Report.Round(round, options.Rate);
            rounds.Add(round);
        }
    }
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("Cancelled; reporting the rounds that finished.");
}
if (host is not null) Report.HostLog(host.Log);
if (options.TimingsCsv is { } csv) Report.Timings(csv, rounds);
if (options.Handoff) HandoffBenchmark.Summary(handoffRounds, options.Rate);
else Report.Summary(rounds, options.Rate);
return rounds.Any(r => r.Errors > 0) || handoffRounds.Any(r => r.Errors > 0) || cancel.IsCancellationRequested ? 1 : 0;
