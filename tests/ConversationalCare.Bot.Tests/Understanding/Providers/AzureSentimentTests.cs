using System.Diagnostics;
using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

[Collection(UnderstandingCollection.Name)]
public sealed class AzureSentimentTests(TrainedUnderstanding trained) : IAsyncLifetime
{
    private const string Annoyed = "my parcel is late again and nobody answers, this is so annoying";
    private FakeProviderServer _azure = null!;

    public async Task InitializeAsync() => _azure = await FakeProviderServer.StartAsync();

    public async Task DisposeAsync() => await _azure.DisposeAsync();

    [Fact]
    public async Task Takes_sentiment_from_Azure_and_keeps_the_local_emotion_label()
    {
        _azure.Respond = FakeProviderServer.Json(ProviderResponses.AzureSentiment("negative", 0.02, 0.08, 0.90));
        using var services = ProviderServices.Azure(trained, _azure);
        var local = trained.Emotions.Detect(Annoyed, "en-US");

        var reading = await services.Emotions.DetectAsync(Annoyed, "en-US", CancellationToken.None);

        Assert.Equal(local.Label, reading.Label);
        Assert.True(reading.IsNegative);
        Assert.Equal(-0.88, reading.Sentiment);
        Assert.True(reading.Intensity >= local.Intensity, $"{reading.Intensity} < {local.Intensity}");
        Assert.Equal(local.Cues, reading.Cues);
        Assert.Empty(services.Logs.Warnings);
    }

    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("zh-CN", "zh-hans")]
    public async Task Asks_Azure_in_the_documented_shape_with_the_customers_language(string locale, string language)
    {
        _azure.Respond = FakeProviderServer.Json(ProviderResponses.AzureSentiment("neutral", 0.1, 0.8, 0.1));
        using var services = ProviderServices.Azure(trained, _azure);

        await services.Emotions.DetectAsync("我的快递到哪了", locale, CancellationToken.None);

        var (path, headers, body) = Assert.Single(_azure.Received);
        Assert.Equal("/language/:analyze-text?api-version=2023-04-01", path);
        Assert.Equal("test-language-key", headers["Ocp-Apim-Subscription-Key"]);
        Assert.True(headers.ContainsKey("Content-Length"), "the body was sent chunked");
        Assert.Equal("SentimentAnalysis", body.GetProperty("kind").GetString());
        Assert.True(body.GetProperty("parameters").GetProperty("opinionMining").GetBoolean());
        var document = body.GetProperty("analysisInput").GetProperty("documents")[0];
        Assert.Equal("1", document.GetProperty("id").GetString());
        Assert.Equal(language, document.GetProperty("language").GetString());
        Assert.Equal("我的快递到哪了", document.GetProperty("text").GetString());
    }

    public static TheoryData<string, Func<Microsoft.AspNetCore.Http.HttpContext, Task>, string> Failures => new()
    {
        { "a 500", FakeProviderServer.Status(500), "HTTP 500" },
        { "an unauthorised key", FakeProviderServer.Status(401), "HTTP 401" },
        { "garbage", FakeProviderServer.Json("<html>upstream error</html>"), "not JSON" },
        { "a document error", FakeProviderServer.Json("""{"kind":"SentimentAnalysisResults","results":{"documents":[],"errors":[{"id":"1","error":{"code":"InvalidArgument","message":"Invalid document"}}]}}"""), "SentimentAnalysisResults" },
        { "an undocumented label", FakeProviderServer.Json(ProviderResponses.AzureSentiment("furious", 0.0, 0.0, 1.0)), "SentimentAnalysisResults" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Falls_back_to_the_local_reading_when_Azure_answers_with(string _, Func<Microsoft.AspNetCore.Http.HttpContext, Task> answer, string reason)
    {
        _azure.Respond = answer;
        using var services = ProviderServices.Azure(trained, _azure);

        var reading = await services.Emotions.DetectAsync(Annoyed, "en-US", CancellationToken.None);

        AssertSameReading(trained.Emotions.Detect(Annoyed, "en-US"), reading);
        var warning = Assert.Single(services.Logs.Warnings);
        Assert.Contains(reason, warning);
        Assert.DoesNotContain("parcel", warning);
    }

    [Fact]
    public async Task Answers_locally_within_the_timeout_when_Azure_is_silent()
    {
        _azure.Respond = FakeProviderServer.Silence(TimeSpan.FromSeconds(20));
        using var services = ProviderServices.Azure(trained, _azure, timeoutSeconds: 0.6);
        var started = Stopwatch.StartNew();

        var reading = await services.Emotions.DetectAsync(Annoyed, "en-US", CancellationToken.None);

        // The provider stays silent for 20 s: answering well before that shows the timeout cut the wait short. The
        // bound is loose on purpose; how fast the fallback is belongs to a benchmark, not to a shared CI machine.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"waited {started.Elapsed.TotalMilliseconds:0} ms");
        AssertSameReading(trained.Emotions.Detect(Annoyed, "en-US"), reading);
        Assert.Contains("did not answer in time", Assert.Single(services.Logs.Warnings));
    }

    [Fact]
    public async Task Stops_asking_a_failing_Azure_once_the_circuit_opens_and_still_answers_at_once()
    {
        _azure.Respond = FakeProviderServer.Status(503);
        using var services = ProviderServices.Azure(trained, _azure);
        for (var i = 0; i < 3; i++) await services.Emotions.DetectAsync(Annoyed, "en-US", CancellationToken.None);
        var askedWhileFailing = _azure.Requests;

        var started = Stopwatch.StartNew();
        var reading = await services.Emotions.DetectAsync(Annoyed, "en-US", CancellationToken.None);
        var elapsed = started.Elapsed;

        Assert.Equal(askedWhileFailing, _azure.Requests);
        Assert.True(elapsed < TimeSpan.FromMilliseconds(200), $"took {elapsed.TotalMilliseconds:0} ms with the circuit open");
        AssertSameReading(trained.Emotions.Detect(Annoyed, "en-US"), reading);
        Assert.Contains("circuit is open", services.Logs.Warnings.Last());
    }

    private static void AssertSameReading(EmotionReading expected, EmotionReading actual)
    {
        Assert.Equal(expected.Label, actual.Label);
        Assert.Equal(expected.Intensity, actual.Intensity);
        Assert.Equal(expected.Sentiment, actual.Sentiment);
    }
}
