using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConversationalCare.Bot;

/// <summary>/healthz answers in JSON with each check's status, so an operator sees which part is down.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }));
    }
}
