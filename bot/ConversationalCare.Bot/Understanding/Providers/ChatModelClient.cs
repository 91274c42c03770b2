using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Asks an OpenAI-compatible chat-completion endpoint, through Semantic Kernel's OpenAI connector, which intent a
/// message has. Requests go through a named HttpClient whose handler carries the resilience pipeline.
/// </summary>
public sealed class ChatModelClient(IHttpClientFactory httpClients, IOptions<ChatModelOptions> options)
{
    public const string HttpClientName = "ConversationalCare.ChatModel";

    private static readonly OpenAIPromptExecutionSettings Settings = new()
    {
        // JSON mode, no creativity and a short answer: the reply is a label and a number, parsed strictly.
        ResponseFormat = "json_object",
        Temperature = 0,
        MaxTokens = 40,
    };

    /// <summary>Throws on transport failures and non-2xx answers; the classifier turns those into a fallback.</summary>
    public async Task<ProviderAnswer<IntentReply>> ClassifyAsync(string text, string locale, CancellationToken cancellationToken)
    {
        var reply = await Service().GetChatMessageContentAsync(IntentPrompt.For(text, locale), Settings, kernel: null, cancellationToken);
        return IntentReply.Parse(reply.Content) is { } intent
            ? ProviderAnswer<IntentReply>.Answered(intent)
            : ProviderAnswer<IntentReply>.Failed("its answer was not {\"intent\": a known name, \"confidence\": 0–1}");
    }

    private static readonly OpenAIPromptExecutionSettings SummarySettings = new() { Temperature = 0.2, MaxTokens = 220 };

    /// <summary>A few sentences for the agent taking over; throws on transport failures like <see cref="ClassifyAsync"/>.</summary>
    public async Task<string?> SummarizeAsync(string transcript, string locale, CancellationToken cancellationToken)
    {
        var history = new ChatHistory();
        history.AddSystemMessage(
            "You summarise customer-service chats for the human agent who takes over. In at most three short sentences say "
            + "what the customer wants, what the bot already tried, and how the customer feels. Use only facts from the "
            + $"transcript; never invent order details. Write in the language of locale {locale}.");
        history.AddUserMessage(transcript);
        var reply = await Service().GetChatMessageContentAsync(history, SummarySettings, kernel: null, cancellationToken);
        return string.IsNullOrWhiteSpace(reply.Content) ? null : reply.Content.Trim();
    }

    // Built per call on a fresh HttpClient from the factory (cheap), so handler rotation keeps DNS changes visible.
    private OpenAIChatCompletionService Service()
    {
        var settings = options.Value;
        var client = new OpenAIClient(new ApiKeyCredential(settings.ApiKey!), new OpenAIClientOptions
        {
            Endpoint = settings.Endpoint,
            Transport = new HttpClientPipelineTransport(httpClients.CreateClient(HttpClientName)),
            // The resilience handler retries within the turn's budget; a second retry layer would overrun it.
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds + 1),
        });
        return new OpenAIChatCompletionService(settings.ModelId!, client);
    }
}
