using ConversationalCare.Bot.Tests.Hosting;

namespace ConversationalCare.Bot.Tests.Telemetry;

/// <summary>Scrapes a host's <c>/metrics</c> as a Prometheus server on the same machine would.</summary>
public static class Metrics
{
    public static async Task<MetricsScrape> ScrapeAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/metrics");
        response.EnsureSuccessStatusCode();
        return MetricsScrape.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Scrapes until the figures satisfy the condition: turns are recorded just after their last reply and the queue
    /// gauges are re-read every few seconds, so the first scrape may be a moment early.
    /// </summary>
    public static async Task<MetricsScrape> ScrapeUntilAsync(HttpClient http, Func<MetricsScrape, bool> condition, string description)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var scrape = await ScrapeAsync(http);
        while (!condition(scrape) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            scrape = await ScrapeAsync(http);
        }
        Assert.True(condition(scrape), $"Expected {description}; /metrics had:\n" + string.Join("\n",
            scrape.Samples.Where(s => s.Name.StartsWith("conversationalcare_", StringComparison.Ordinal))
                .Select(s => $"{s.Name}{{{string.Join(",", s.Labels.Select(l => $"{l.Key}={l.Value}"))}}} {s.Value}")));
        return scrape;
    }
}
