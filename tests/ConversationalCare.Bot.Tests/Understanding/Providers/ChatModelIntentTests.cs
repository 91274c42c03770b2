using System.Diagnostics;
using ConversationalCare.Bot.Understanding;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

[Collection(UnderstandingCollection.Name)]
public sealed class ChatModelIntentTests(TrainedUnderstanding trained) : IAsyncLifetime
{
    private const string Parcel = "where is my parcel? it hasn't arrived yet";
    private FakeProviderServer _model = null!;

    public async Task InitializeAsync() => _model = await FakeProviderServer.StartAsync();

    public async Task DisposeAsync() => await _model.DisposeAsync();

    [Fact]
    public async Task Uses_the_models_intent_first_with_its_confidence_and_the_local_ranking_after_it()
    {
        _model.Respond = FakeProviderServer.Json(ProviderResponses.ChatCompletion("""{"intent": "complaint", "confidence": 0.8}"""));
        using var services = ProviderServices.ChatModel(trained, _model);

        var prediction = await services.Intents.ClassifyAsync(Parcel, "en-US", CancellationToken.None);

        Assert.Equal(Intents.Complaint, prediction.Intent);
        Assert.Equal(0.8, prediction.Confidence);
        Assert.False(prediction.IsOutOfScope);
        Assert.Equal(Intents.All.Count, prediction.Ranked.Count);
        Assert.True(prediction.Ranked.Sum(score => score.Probability) <= 1.000001);
        Assert.Equal(prediction.Ranked.OrderByDescending(score => score.Probability).Select(score => score.Intent), prediction.Ranked.Select(score => score.Intent));
        // The local classifier's favourite leads what follows the model's label.
        Assert.Equal(Intents.OrderStatus, prediction.Ranked[1].Intent);
        Assert.Empty(services.Logs.Warnings);
    }

    [Fact]
    public async Task Asks_an_OpenAI_compatible_endpoint_for_json_with_the_message_and_locale()
    {
        _model.Respond = FakeProviderServer.Json(ProviderResponses.ChatCompletion("""{"intent": "order_status", "confidence": 0.95}"""));
        using var services = ProviderServices.ChatModel(trained, _model);

        await services.Intents.ClassifyAsync("我的快递到哪了", "zh-CN", CancellationToken.None);

        var (path, headers, body) = Assert.Single(_model.Received);
        Assert.Equal("/v1/chat/completions", path);
        Assert.Equal("Bearer test-chat-key", headers["Authorization"]);
        Assert.Equal("test-model", body.GetProperty("model").GetString());
        Assert.Equal("json_object", body.GetProperty("response_format").GetProperty("type").GetString());
        var messages = body.GetProperty("messages");
        Assert.Equal("system", messages[0].GetProperty("role").GetString());
        Assert.Contains("returns_refunds", messages[0].GetProperty("content").GetString());
        Assert.Contains("zh-CN", messages[1].GetProperty("content").GetString());
        Assert.Contains("我的快递到哪了", messages[1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_model_that_is_unsure_makes_the_message_out_of_scope_by_the_configured_threshold()
    {
        _model.Respond = FakeProviderServer.Json(ProviderResponses.ChatCompletion("""{"intent": "product_question", "confidence": 0.2}"""));
        using var services = ProviderServices.ChatModel(trained, _model);

        var prediction = await services.Intents.ClassifyAsync("hmm about that thing", "en-US", CancellationToken.None);

        Assert.True(prediction.IsOutOfScope);
        Assert.Equal(Intents.OutOfScope, prediction.Intent);
        Assert.Equal(Intents.ProductQuestion, prediction.Top.Intent);
    }

    [Theory]
    [InlineData("It is clearly an order status question.")]
    [InlineData("""{"intent": "where_is_my_stuff", "confidence": 0.9}""")]
    [InlineData("""{"intent": "Order_Status", "confidence": 0.9}""")]
    [InlineData("""{"intent": "order_status", "confidence": 1.7}""")]
    [InlineData("""{"intent": "order_status", "confidence": "high"}""")]
    [InlineData("```json\n{\"intent\": \"order_status\", \"confidence\": 0.9}\n```")]
    public async Task Falls_back_to_the_local_prediction_when_the_model_answers_nonsense(string content)
    {
        _model.Respond = FakeProviderServer.Json(ProviderResponses.ChatCompletion(content));
        using var services = ProviderServices.ChatModel(trained, _model);

        var prediction = await services.Intents.ClassifyAsync("I was charged twice for one order", "en-US", CancellationToken.None);

        AssertSamePrediction(trained.Intents.Classify("I was charged twice for one order", "en-US"), prediction);
        var warning = Assert.Single(services.Logs.Warnings);
        Assert.Contains("not {\"intent\"", warning);
        Assert.DoesNotContain("charged", warning);
    }

    [Fact]
    public async Task Falls_back_to_the_local_prediction_when_the_model_errors_or_is_silent()
    {
        _model.Respond = FakeProviderServer.Status(500);
        using (var failing = ProviderServices.ChatModel(trained, _model))
        {
            AssertSamePrediction(trained.Intents.Classify(Parcel, "en-US"), await failing.Intents.ClassifyAsync(Parcel, "en-US", CancellationToken.None));
            Assert.Contains("HTTP 500", Assert.Single(failing.Logs.Warnings));
        }

        _model.Respond = FakeProviderServer.Silence(TimeSpan.FromSeconds(20));
        using var silent = ProviderServices.ChatModel(trained, _model, timeoutSeconds: 0.6);
        var started = Stopwatch.StartNew();
        var prediction = await silent.Intents.ClassifyAsync(Parcel, "en-US", CancellationToken.None);

        // The provider stays silent for 20 s: answering well before that shows the timeout cut the wait short. The
        // bound is loose on purpose; how fast the fallback is belongs to a benchmark, not to a shared CI machine.
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"waited {started.Elapsed.TotalMilliseconds:0} ms");
        AssertSamePrediction(trained.Intents.Classify(Parcel, "en-US"), prediction);
        Assert.Contains("did not answer in time", Assert.Single(silent.Logs.Warnings));
    }

    [Fact]
    public async Task Falls_back_to_the_local_prediction_when_the_model_cannot_be_reached()
    {
        var gone = await FakeProviderServer.StartAsync();
        await gone.DisposeAsync();
        using var services = ProviderServices.ChatModel(trained, gone);

        var prediction = await services.Intents.ClassifyAsync(Parcel, "en-US", CancellationToken.None);

        AssertSamePrediction(trained.Intents.Classify(Parcel, "en-US"), prediction);
        Assert.Contains("could not be reached", Assert.Single(services.Logs.Warnings));
    }

    [Fact]
    public async Task An_explicit_request_for_a_person_is_settled_locally_without_asking_the_model()
    {
        _model.Respond = FakeProviderServer.Json(ProviderResponses.ChatCompletion("""{"intent": "greeting", "confidence": 0.9}"""));
        using var services = ProviderServices.ChatModel(trained, _model);

        var prediction = await services.Intents.ClassifyAsync("talk to a human", "en-US", CancellationToken.None);

        Assert.Equal(Intents.RequestHuman, prediction.Intent);
        Assert.True(prediction.MatchedRule);
        Assert.Equal(0, _model.Requests);
    }

    private static void AssertSamePrediction(IntentPrediction expected, IntentPrediction actual)
    {
        Assert.Equal(expected.Intent, actual.Intent);
        Assert.Equal(expected.Confidence, actual.Confidence);
        Assert.Equal(expected.Ranked.Select(score => score.Intent), actual.Ranked.Select(score => score.Intent));
    }
}
