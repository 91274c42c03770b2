using ConversationalCare.Bot.Understanding;
using ConversationalCare.Bot.Understanding.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

/// <summary>
/// The provider registration as the host runs it (named HttpClients, resilience pipelines, decorators), over the
/// shared trained local models, so each test gets its own circuit breaker and its own logs.
/// </summary>
public sealed class ProviderServices : IDisposable
{
    private readonly ServiceProvider _services;

    public ProviderServices(TrainedUnderstanding trained, Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddOptions<UnderstandingOptions>().Bind(configuration.GetSection(UnderstandingOptions.Section));
        services.AddSingleton(trained.Intents);
        services.AddSingleton<IIntentClassifier>(trained.Intents);
        services.AddSingleton(trained.Emotions);
        services.AddSingleton<IEmotionDetector>(trained.Emotions);
        services.AddUnderstandingProviders(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static ProviderServices Azure(TrainedUnderstanding trained, FakeProviderServer server, double timeoutSeconds = 2.5) => new(trained, new()
    {
        [AzureLanguageOptions.Section + ":Endpoint"] = server.BaseAddress.ToString(),
        [AzureLanguageOptions.Section + ":Key"] = "test-language-key",
        [AzureLanguageOptions.Section + ":TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public static ProviderServices ChatModel(TrainedUnderstanding trained, FakeProviderServer server, double timeoutSeconds = 3) => new(trained, new()
    {
        [ChatModelOptions.Section + ":Endpoint"] = new Uri(server.BaseAddress, "v1").ToString(),
        [ChatModelOptions.Section + ":ModelId"] = "test-model",
        [ChatModelOptions.Section + ":ApiKey"] = "test-chat-key",
        [ChatModelOptions.Section + ":TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public CapturedLogs Logs { get; } = new();

    public IEmotionDetector Emotions => _services.GetRequiredService<IEmotionDetector>();

    public IIntentClassifier Intents => _services.GetRequiredService<IIntentClassifier>();

    public void Dispose() => _services.Dispose();
}
