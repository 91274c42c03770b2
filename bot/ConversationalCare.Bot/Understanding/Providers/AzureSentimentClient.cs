using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>
/// Azure AI Language sentiment with opinion mining over its REST API (analyze-text, api-version 2023-04-01).
/// The HttpClient it is given carries the resilience pipeline: retry, attempt and total timeouts, circuit breaker.
/// </summary>
public sealed class AzureSentimentClient(IHttpClientFactory httpClients, IOptions<AzureLanguageOptions> options)
{
    public const string ApiVersion = "2023-04-01";

    /// <summary>The named HttpClient whose handler carries the resilience pipeline (its circuit outlives handler rotation).</summary>
    public const string HttpClientName = "ConversationalCare.AzureLanguage";

    /// <summary>Throws on transport failures, non-2xx answers and unreadable bodies; the detector turns those into a fallback.</summary>
    public async Task<ProviderAnswer<AzureSentiment>> AnalyzeAsync(string text, string locale, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AnalyzeUri(options.Value.Endpoint!))
        {
            // Buffered, so the request carries a Content-Length: some gateways in front of the service refuse chunked bodies.
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new
            {
                kind = "SentimentAnalysis",
                parameters = new { opinionMining = true },
                analysisInput = new { documents = new[] { new { id = "1", language = LanguageOf(locale), text } } },
            }))
            {
                Headers = { ContentType = new("application/json") },
            },
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", options.Value.Key);
        using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return AzureSentiment.Parse(body) is { } sentiment
            ? ProviderAnswer<AzureSentiment>.Answered(sentiment)
            : ProviderAnswer<AzureSentiment>.Failed("its answer was not a SentimentAnalysisResults document");
    }

    // Endpoints are given with or without a trailing slash; the operation sits under the resource's root either way.
    public static Uri AnalyzeUri(Uri endpoint) =>
        new($"{endpoint.AbsoluteUri.TrimEnd('/')}/language/:analyze-text?api-version={ApiVersion}");

    // Azure names Simplified Chinese zh-hans; our locales are en-US and zh-CN.
    public static string LanguageOf(string locale) =>
        locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-hans" : "en";
}
