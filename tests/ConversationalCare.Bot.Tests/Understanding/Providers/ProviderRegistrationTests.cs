using ConversationalCare.Bot.Understanding;
using ConversationalCare.Bot.Understanding.Providers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

[Collection(UnderstandingCollection.Name)]
public class ProviderRegistrationTests(TrainedUnderstanding trained)
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOptions<UnderstandingOptions>();
        builder.Services.AddUnderstandingProviders(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void Without_settings_the_ports_are_the_local_understanding_itself()
    {
        using var services = new ProviderServices(trained, []);

        Assert.Same(trained.Intents, services.Intents);
        Assert.Same(trained.Emotions, services.Emotions);
    }

    [Fact]
    public void With_both_providers_configured_the_ports_resolve_to_the_cloud_decorators()
    {
        using var services = new ProviderServices(trained, new()
        {
            [AzureLanguageOptions.Section + ":Endpoint"] = "https://example-language.cognitiveservices.azure.com",
            [AzureLanguageOptions.Section + ":Key"] = "key",
            [ChatModelOptions.Section + ":Endpoint"] = "http://127.0.0.1:11434/v1",
            [ChatModelOptions.Section + ":ModelId"] = "qwen2.5",
            [ChatModelOptions.Section + ":ApiKey"] = "none",
        });

        Assert.IsType<ChatModelIntentClassifier>(services.Intents);
        Assert.IsType<AzureSentimentEmotionDetector>(services.Emotions);
    }

    [Theory]
    [InlineData("AzureLanguage:Endpoint", "https://example-language.cognitiveservices.azure.com", "AzureLanguage:Key")]
    [InlineData("AzureLanguage:Key", "key", "AzureLanguage:Endpoint")]
    [InlineData("ChatModel:Endpoint", "http://127.0.0.1:11434/v1", "ChatModel:ModelId")]
    [InlineData("ChatModel:ModelId", "qwen2.5", "ChatModel:Endpoint")]
    public async Task Refuses_to_start_with_half_a_provider_configured(string setting, string value, string missing)
    {
        using var host = Build(new() { [$"{UnderstandingOptions.Section}:{setting}"] = value });

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync());
        Assert.Contains($"{UnderstandingOptions.Section}:{missing} is required", Validation(refused).Message);
    }

    [Theory]
    [InlineData("AzureLanguage:Endpoint", "language.example.com")]
    [InlineData("AzureLanguage:TimeoutSeconds", "0")]
    [InlineData("ChatModel:TimeoutSeconds", "120")]
    public async Task Refuses_to_start_with_a_nonsense_provider_setting(string setting, string value)
    {
        using var host = Build(new()
        {
            [AzureLanguageOptions.Section + ":Endpoint"] = "https://example-language.cognitiveservices.azure.com",
            [AzureLanguageOptions.Section + ":Key"] = "key",
            [ChatModelOptions.Section + ":Endpoint"] = "http://127.0.0.1:11434/v1",
            [ChatModelOptions.Section + ":ModelId"] = "qwen2.5",
            [ChatModelOptions.Section + ":ApiKey"] = "none",
            [$"{UnderstandingOptions.Section}:{setting}"] = value,
        });

        Validation(await Assert.ThrowsAnyAsync<Exception>(() => host.StartAsync()));
    }

    // Every options class validated on start reports its own failure, so more than one arrives together.
    private static OptionsValidationException Validation(Exception refused) =>
        refused as OptionsValidationException ?? Assert.IsType<OptionsValidationException>(Assert.IsType<AggregateException>(refused).InnerExceptions[0]);
}
