using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// Metrics, traces and masked logs through OpenTelemetry; BotModule calls it. Metrics are always collected and served
/// as Prometheus text at <see cref="MetricsPath"/>; traces and logs leave over OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, since without a receiver a span is pure cost.
/// </summary>
public static class TelemetryRegistration
{
    public const string MetricsPath = "/metrics";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelemetryOptions>().Bind(builder.Configuration.GetSection(TelemetryOptions.Section))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<CareMetrics>();
        services.AddSingleton<HandoffQueueReading>();
        services.AddHostedService<CareGauges>();
        services.AddSingleton<MetricsAccess>();
        MaskLogs(services);

        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("conversationalcare"))
            .WithMetrics(metrics => metrics
                .AddMeter(CareMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                // Npgsql publishes only when the PostgreSQL provider is in use; on SQLite this meter stays silent.
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());
        if (otlp)
        {
            telemetry
                .WithTracing(tracing => tracing
                    .AddSource(CareTraces.SourceName)
                    .AddAspNetCoreInstrumentation(aspNet => aspNet.Filter = context => context.Request.Path != MetricsPath)
                    .AddHttpClientInstrumentation()
                    .AddNpgsql())
                .WithLogging()
                .UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>Serves <see cref="MetricsPath"/> behind <see cref="MetricsAccess"/>; call before other middleware.</summary>
    public static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null,
            predicate: context => context.Request.Path == MetricsPath,
            path: null,
            configureBranchedPipeline: branch => branch.Use(access.GuardAsync),
            optionsName: null);
        return app;
    }

    /// <summary>Every logger masks personal data (see <see cref="MaskingLoggerFactory"/>).</summary>
    private static void MaskLogs(IServiceCollection services) =>
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new MaskingLoggerFactory(new LoggerFactory(
            provider.GetServices<ILoggerProvider>(),
            provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
            provider.GetService<IOptions<LoggerFactoryOptions>>(),
            provider.GetService<IExternalScopeProvider>()))));
}
