using ConversationalCare.Bot.Administration;
using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Channels.BotConnector;
using ConversationalCare.Bot.Channels.DirectLine;
using ConversationalCare.Bot.Channels.Widget;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Events;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.Bot.Handoff.Api;
using ConversationalCare.Bot.Knowledge.Api;
using ConversationalCare.Bot.Leases;
using ConversationalCare.Bot.Learning;
using ConversationalCare.Bot.Supervision;
using ConversationalCare.Bot.Telemetry;
using ConversationalCare.Bot.Turns;
using ConversationalCare.Bot.Understanding;
using ConversationalCare.HandoffConsole;
using ConversationalCare.Knowledge.Database;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot;

public static class BotModule
{
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        builder.AddTelemetry();
        services.AddOptions<StorageOptions>().Bind(builder.Configuration.GetSection("ConversationalCare")).ValidateOnStart();
        services.AddOptions<DirectLineOptions>().Bind(builder.Configuration.GetSection("ConversationalCare:DirectLine")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<BotConnectorOptions>().Bind(builder.Configuration.GetSection("ConversationalCare:BotConnector")).ValidateOnStart();

        services.AddProviderDb<CareDb, SqliteCareDb, PostgreSqlCareDb>(
            provider => provider.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteConnectionString);
        services.AddHostedService<DatabaseMigrator>();
        services.AddWorkLeases(builder.Configuration);
        services.AddAgentAccounts(builder.Configuration);
        services.AddHealthChecks().AddDbContextCheck<CareDb>("database");

        services.AddConversationEvents(builder.Configuration);
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<CustomerProfiles>();
        services.AddSingleton<TranscriptWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<TranscriptWriter>());
        services.AddSingleton<IAgentDesk, AgentDesk>();

        // Turn order matters: time is measured around all of it (failed turns count), failures are caught once, the
        // customer's words are stored before anything can fail them, the language is known before intent and emotion
        // are read, and all of it before the bot answers.
        services.AddSingleton<ITurnMiddleware, TurnTelemetryMiddleware>();
        services.AddSingleton<ITurnMiddleware, ErrorBoundaryMiddleware>();
        services.AddSingleton<ITurnMiddleware, TranscriptRecorderMiddleware>();
        services.AddSingleton<ITurnMiddleware, LanguageMiddleware>();
        services.AddSingleton<ITurnMiddleware, UnderstandingMiddleware>();
        // A person who has the conversation answers it; the bot steps aside (but still reads intent and emotion).
        services.AddSingleton<ITurnMiddleware, HandoffRelayMiddleware>();
        services.AddSingleton<ITurnMiddleware, CareBot>();
        services.AddSingleton<TurnOrder>();
        services.AddSingleton<TurnPipeline>();
        services.AddSingleton<TurnRunner>();
        services.AddHostedService(provider => provider.GetRequiredService<TurnRunner>());
        services.AddSingleton<Availability.GracefulStop>();
        services.AddHostedService(provider => provider.GetRequiredService<Availability.GracefulStop>());
        services.Configure<HostOptions>(host => host.ShutdownTimeout = Availability.GracefulStop.ShutdownTimeout);
        services.AddSingleton<ReplySender>();
        services.AddSingleton<AnswerDecider>();
        services.AddSingleton<AnswerRatings>();
        services.AddHandoff(builder.Configuration);
        services.AddAdministration(builder.Configuration);
        services.AddLearning();
        services.AddSupervision(builder.Configuration);
        Supervision.Quality.QualityRegistration.AddQualityReview(services, builder.Configuration);
        services.AddOpenApi();
        // Requests the framework itself refuses (malformed JSON, a missing form) answer with problem details too.
        services.AddProblemDetails();
        services.AddUnderstanding(builder.Configuration);

        services.AddSingleton<TokenSigningKey>();
        services.AddSingleton<DirectLineTokens>();
        services.AddSingleton<DirectLineAuthentication>();
        services.AddSingleton<DirectLineAdapter>();
        services.AddSingleton<IReplyChannel, DirectLineReplyChannel>();

        services.AddSingleton<ChannelAuthenticator>();
        services.AddHttpClient(nameof(ChannelAuthenticator));
        // A reply a customer waits for: retry a channel's brief hiccup within seconds, not the default's tens of seconds.
        services.AddHttpClient(ConnectorClient.HttpClientName).AddStandardResilienceHandler(resilience =>
        {
            resilience.Retry.Delay = TimeSpan.FromMilliseconds(500);
            resilience.Retry.MaxRetryAttempts = 4;
        });
        services.AddSingleton<ConnectorTokenProvider>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<IReplyChannel, BotConnectorReplyChannel>();

        services.AddRateLimiter(limits => limits.OnRejected = (context, _) => RejectAsync(context.HttpContext));
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>()
            .Configure<IOptions<DirectLineOptions>>((limits, directLine) => DirectLineEndpoints.AddRateLimits(limits, directLine.Value));
        // After AddCors: the Direct Line policy follows the admin's origins at run time instead of being fixed at start.
        services.AddSingleton<Microsoft.AspNetCore.Cors.Infrastructure.ICorsPolicyProvider, DirectLineCorsPolicyProvider>();
        return builder;
    }

    public static WebApplication MapChannels(this WebApplication app)
    {
        app.UseMetricsEndpoint();
        app.UseWebSockets();
        app.UseCors();
        // Before every endpoint (after CORS, so a web page can read the refusal): 503 while stopping or when the database refuses writes.
        app.UseMiddleware<Availability.AvailabilityMiddleware>();
        app.UseRateLimiter();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapDirectLine();
        app.MapBotConnector();
        app.MapWidget();
        app.MapAgentApi();
        app.MapAdministration();
        app.MapKnowledgeApi();
        app.MapReports();
        Supervision.Alerts.AlertEndpoints.MapAlerts(app);
        Supervision.Quality.QualityEndpoints.MapQuality(app);
        app.MapOpenApi();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        return app;
    }

    /// <summary>429 in Direct Line's error shape; Retry-After in seconds as HTTP defines it.</summary>
    private static async ValueTask RejectAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "10";
        await DirectLineError.Result(StatusCodes.Status429TooManyRequests, "TooManyRequests",
            "Too many requests; wait a moment and try again.").ExecuteAsync(context);
    }
}
