using ConversationalCare.Bot.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Tests.Understanding;

public class UnderstandingRegistrationTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddUnderstanding(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public async Task Trains_both_models_when_the_host_starts_and_serves_the_ports()
    {
        using var host = Build(new() { ["ConversationalCare:Understanding:OutOfScopeThreshold"] = "0.4" });
        await host.StartAsync();

        await host.Services.GetRequiredService<UnderstandingTraining>().WhenReadyAsync();
        var intent = host.Services.GetRequiredService<IIntentClassifier>().Classify("我想退货", "zh-CN");
        var emotion = host.Services.GetRequiredService<IEmotionDetector>().Detect("thank you so much", "en-US");

        Assert.True(host.Services.GetRequiredService<UnderstandingTraining>().IsReady);
        Assert.Equal(Intents.ReturnsRefunds, intent.Intent);
        Assert.Equal(Emotions.Satisfaction, emotion.Label);
        Assert.Equal(0.4, host.Services.GetRequiredService<IOptions<UnderstandingOptions>>().Value.OutOfScopeThreshold);
        Assert.False(host.Services.GetRequiredService<IOptions<UnderstandingOptions>>().Value.ExposeInChannelData);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("OutOfScopeThreshold", "1.5")]
    [InlineData("TrajectoryHalfLifeTurns", "0")]
    public async Task Refuses_to_start_with_nonsense_settings(string setting, string value)
    {
        using var host = Build(new() { [$"ConversationalCare:Understanding:{setting}"] = value });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
