using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ConversationalCare.HandoffConsole.Supervision;

/// <summary>
/// The supervisor's page: the live queue, open alerts to act on, and a period's KPIs with charts and drill-downs,
/// kept current by <see cref="SupervisionLive"/> while the page is open.
/// </summary>
public partial class SupervisionPage
{
    private const int DrillTake = 200;

    private static readonly SupervisionDimension[] Dimensions =
        [SupervisionDimension.Intent, SupervisionDimension.Channel, SupervisionDimension.Agent, SupervisionDimension.Team, SupervisionDimension.Locale];

    [CascadingParameter] public Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>today, 7d or 30d; links keep the choice so a view can be shared.</summary>
    [SupplyParameterFromQuery(Name = "period")] public string? Period { get; set; }

    /// <summary>intent, channel, agent, team or locale.</summary>
    [SupplyParameterFromQuery(Name = "by")] public string? By { get; set; }

    private readonly CancellationTokenSource closing = new();
    private string? supervisor;
    private SupervisionPeriod period = SupervisionPeriod.Week;
    private SupervisionDimension dimension = SupervisionDimension.Intent;
    private SupervisionDimension unit = SupervisionDimension.Day;
    private DateTimeOffset from, to;
    private SupervisionReport? report;
    private IReadOnlyList<SupervisionGroup>? buckets, breakdown;
    private string? failure, staleNote, alertsFailure;
    private int loads;
    private DateTimeOffset figuresLoadedAt = DateTimeOffset.MinValue;
    private OpenAlerts alerts = OpenAlerts.None;
    private IReadOnlyList<string> assignees = [];
    private DrillDown? drill;
    private string drillTitle = "";
    private DrillDownResult? drillResult;
    private SupervisionLive? live;

    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
            supervisor = (await AuthenticationState).User.Identity?.Name;
        // Prerendering is thrown away, so only the live circuit follows the desk and ticks.
        if (RendererInfo.IsInteractive)
            live = SupervisionLive.Start(Desk, Time,
                () => InvokeAsync(RefreshFiguresAsync),
                figuresDue => InvokeAsync(() => TickAsync(figuresDue)),
                () => figuresLoadedAt,
                exception => InvokeAsync(() => DispatchExceptionAsync(exception)));
        await LoadAlertsAsync();
        try { assignees = await Alerts.AssigneesAsync(closing.Token); }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The supervisor can still assign follow-ups to themself.
            assignees = [];
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        period = SupervisionPeriod.Find(Period);
        // An unknown dimension falls back to intent rather than failing: the link came from somewhere else.
        dimension = Enum.TryParse<SupervisionDimension>(By, ignoreCase: true, out var parsed) && Dimensions.Contains(parsed)
            ? parsed : SupervisionDimension.Intent;
        unit = TimeBuckets.UnitOf(period);
        (from, to) = period.Range(Time.GetUtcNow());
        report = null;
        breakdown = null;
        buckets = null;
        drill = null;
        failure = null;
        await LoadFiguresAsync();
    }

    /// <summary>Computes the figures of the period on the page now; a later load (another period, a newer refresh) wins.</summary>
    private async Task LoadFiguresAsync()
    {
        var load = ++loads;
        var (start, end, time, by) = (from, to, unit, dimension);
        try
        {
            var overTime = await Supervision.ReportAsync(start, end, time, closing.Token);
            var byGroup = await Supervision.ReportAsync(start, end, by, closing.Token);
            if (load != loads) return;
            report = overTime;
            buckets = TimeBuckets.Fill(overTime, start, end, time);
            breakdown = [.. byGroup.Groups.OrderByDescending(g => g.Figures.Conversations).ThenBy(g => g.Key, StringComparer.Ordinal)];
            staleNote = null;
            figuresLoadedAt = Time.GetUtcNow();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            if (load != loads) return;
            // Figures already on screen stay; the note says how old they are.
            if (report is null) failure = "The figures could not be computed just now. Reload the page to try again.";
            else staleNote = $"The figures could not be refreshed just now; these were computed at {report.ComputedAt.UtcDateTime:HH:mm:ss} UTC. Trying again shortly.";
        }
    }

    private async Task LoadAlertsAsync()
    {
        try
        {
            alerts = await Alerts.OpenAsync(closing.Token);
            alertsFailure = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            alertsFailure = "The alerts could not be read just now; the page tries again every few seconds.";
        }
    }

    /// <summary>Something happened in a conversation: a rating may have raised a follow-up too, so alerts come along.</summary>
    private async Task RefreshFiguresAsync()
    {
        if (closing.IsCancellationRequested) return;
        if (report is not null) await LoadFiguresAsync();
        await LoadAlertsAsync();
        StateHasChanged();
    }

    private async Task TickAsync(bool figuresDue)
    {
        if (closing.IsCancellationRequested) return;
        await LoadAlertsAsync();
        if (figuresDue && report is not null) await LoadFiguresAsync();
        StateHasChanged();
    }

    private Task ReloadAlertsAsync() => LoadAlertsAsync();

    private string Range => period.Days == 1
        ? from.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (UTC)"
        : $"{from.UtcDateTime:yyyy-MM-dd} to {to.AddDays(-1).UtcDateTime:yyyy-MM-dd} (UTC)";

    private string Link(SupervisionPeriod p, SupervisionDimension d) =>
        Navigation.GetUriWithQueryParameters(new Dictionary<string, object?> { ["period"] = p.Key, ["by"] = d.ToString().ToLowerInvariant() });

    private Task PickTile(KpiTile tile) => DrillAsync(new DrillDown(null, null, tile.DrillDown), DrillTitle(tile.DrillDown));

    private Task PickBucket(string key) => DrillAsync(new DrillDown(unit, key, KpiFilter.All), unit == SupervisionDimension.Hour
        ? $"Conversations started {TimeBuckets.HourLabel(key)} UTC on {key[..10]}"
        : $"Conversations on {key}");

    private Task PickGroup(string group) =>
        DrillAsync(new DrillDown(dimension, group, KpiFilter.All), $"Conversations with {dimension.ToString().ToLowerInvariant()} {group}");

    private static string DrillTitle(KpiFilter kpi) => kpi switch
    {
        KpiFilter.Escalated => "Conversations escalated to a person",
        KpiFilter.Contained => "Conversations the bot contained",
        KpiFilter.NotResolvedFirstTime => "Conversations not resolved at first contact",
        KpiFilter.SlaBreached => "Conversations that breached the first-response SLA",
        KpiFilter.LowCsat => "Conversations rated 1–3",
        KpiFilter.Surveyed => "Conversations with a CSAT score",
        _ => "All conversations in the period",
    };

    private async Task DrillAsync(DrillDown filter, string title)
    {
        drill = filter;
        drillTitle = title;
        drillResult = null;
        try
        {
            var result = await Supervision.ConversationsAsync(from, to, filter, DrillTake, closing.Token);
            // A later click wins over a slower earlier one.
            if (drill == filter) drillResult = result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            drillResult = null;
            drillTitle = title + " – could not be listed just now, try again";
        }
    }

    private void CloseDrill() => drill = null;

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        if (live is not null) await live.DisposeAsync();
        closing.Dispose();
    }
}
