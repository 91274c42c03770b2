using System.Globalization;

namespace ConversationalCare.Benchmarks;

/// <summary>What to load and how hard, from the command line.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage = """
        Direct Line load test: N concurrent conversations, each sending M messages one after another.
        With --handoff: N conversations handed to one agent, M message exchanges each, timed both ways.

        Target (exactly one):
          --url URL                 an already running host, e.g. http://127.0.0.1:5099; repeat it for several
                                    hosts of one deployment: conversations are spread over them in turn
          --host-pid PID            with --url: watch that process's memory and CPU; repeat it to sum several
          --start-host PATH.dll     start `dotnet PATH.dll` on a free loopback port with a fresh data directory

        Mode:
          --handoff                 delivery latency between an agent (agent API + event stream) and handed-off
                                    customers (Direct Line WebSocket); -n defaults to 50
          --agent-token TOKEN       with --url and --handoff: a bearer token of an agent on that host
                                    (default demo-token-alice, the Development demo token); the agent works
                                    through the first --url, customers are spread over all of them

        Load:
          -n LIST                   concurrent conversations per round, e.g. 1,50,200   (default 1,50,200)
          -m COUNT                  messages per conversation                            (default 20)
          --rate R                  paced load: R turns per second in all, spread over the N conversations;
                                    0 sends each next message as soon as the reply arrives (default 0)
          --warmup-seconds S        turns run and discarded before measuring             (default 15)
          --reply-timeout-seconds S how long to wait for each bot reply                  (default 30)
          --setup-concurrency C     conversations set up at once (token, start, socket) (default 8)

        Output:
          --timings-csv PATH        also write every turn's timings (post, ack, reply) to a CSV file
        """;

    public IReadOnlyList<Uri> Urls { get; init; } = [];
    public IReadOnlyList<int> HostPids { get; init; } = [];
    public string? StartHost { get; init; }
    public IReadOnlyList<int> ConversationCounts { get; init; } = [1, 50, 200];
    public int MessagesPerConversation { get; init; } = 20;
    /// <summary>Total turns per second to offer (open loop); 0 means closed loop, as fast as replies come.</summary>
    public double Rate { get; init; }
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(15);
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public int SetupConcurrency { get; init; } = 8;
    public string? TimingsCsv { get; init; }
    public bool Handoff { get; init; }
    public string AgentToken { get; init; } = "demo-token-alice";

    /// <summary>Returns the options, or null and a reason to show with the usage text.</summary>
    public static (BenchmarkOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        var countsGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help") return (null, "");
            if (name is "--handoff")
            {
                options = options with { Handoff = true };
                continue;
            }
            countsGiven |= name is "-n";
            if (i + 1 >= args.Count) return (null, $"{name} needs a value.");
            var value = args[++i];
            options = name switch
            {
                "--url" when Uri.TryCreate(value, UriKind.Absolute, out var url) => options with { Urls = [.. options.Urls, url] },
                "--host-pid" when PositiveInt(value) is { } pid => options with { HostPids = [.. options.HostPids, pid] },
                "--start-host" => options with { StartHost = Path.GetFullPath(value) },
                "-n" when PositiveInts(value) is { } counts => options with { ConversationCounts = counts },
                "-m" when PositiveInt(value) is { } m => options with { MessagesPerConversation = m },
                "--rate" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate >= 0 => options with { Rate = rate },
                "--warmup-seconds" when Seconds(value, allowZero: true) is { } s => options with { Warmup = s },
                "--reply-timeout-seconds" when Seconds(value, allowZero: false) is { } s => options with { ReplyTimeout = s },
                "--setup-concurrency" when PositiveInt(value) is { } c => options with { SetupConcurrency = c },
                "--timings-csv" => options with { TimingsCsv = Path.GetFullPath(value) },
                "--agent-token" when value.Length > 0 => options with { AgentToken = value },
                _ => null,
            };
            if (options is null) return (null, $"Unknown option or bad value: {name} {value}");
        }
        if (options.Handoff && !countsGiven) options = options with { ConversationCounts = [50] };
        if (options.Handoff && options.TimingsCsv is not null) return (null, "--timings-csv records bot turns; the handoff mode reports percentiles only.");
        if (!options.Handoff && options.MessagesPerConversation > CustomerQuestions.Distinct)
            return (null, $"-m at most {CustomerQuestions.Distinct}: beyond that each customer repeats a question, and the bot offers a person to customers who repeat themselves.");
        if ((options.Urls.Count == 0) == (options.StartHost is null)) return (null, "Give --url (once or more) or --start-host, not both.");
        if (options.HostPids.Count > 0 && options.StartHost is not null) return (null, "--host-pid goes with --url; a started host is watched anyway.");
        if (options.StartHost is { } dll && !File.Exists(dll)) return (null, $"No host at {dll}; build or publish ConversationalCare.Bot first.");
        return (options, null);
    }

    private static int? PositiveInt(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;

    private static int[]? PositiveInts(string value)
    {
        var numbers = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(PositiveInt).ToArray();
        return numbers.Length > 0 && numbers.All(n => n is not null) ? numbers.Select(n => n!.Value).ToArray() : null;
    }

    private static TimeSpan? Seconds(string value, bool allowZero) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && (seconds > 0 || (allowZero && seconds == 0))
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
