using System.Text.Json;

namespace ConversationalCare.Bot.Tests.Understanding.Providers;

/// <summary>Bodies shaped as the providers document them: Azure AI Language analyze-text and OpenAI chat completions.</summary>
public static class ProviderResponses
{
    /// <summary>A SentimentAnalysisResults body (api-version 2023-04-01) with one opinion-mined sentence.</summary>
    public static string AzureSentiment(string sentiment, double positive, double neutral, double negative, string assessment = "negative") => $$"""
        {
          "kind": "SentimentAnalysisResults",
          "results": {
            "documents": [
              {
                "id": "1",
                "sentiment": "{{sentiment}}",
                "confidenceScores": { "positive": {{positive}}, "neutral": {{neutral}}, "negative": {{negative}} },
                "sentences": [
                  {
                    "sentiment": "{{sentiment}}",
                    "confidenceScores": { "positive": {{positive}}, "neutral": {{neutral}}, "negative": {{negative}} },
                    "offset": 0,
                    "length": 30,
                    "text": "The delivery was late again.",
                    "targets": [
                      {
                        "sentiment": "{{assessment}}",
                        "confidenceScores": { "positive": 0.01, "negative": 0.99 },
                        "offset": 4,
                        "length": 8,
                        "text": "delivery",
                        "relations": [ { "relationType": "assessment", "ref": "#/documents/0/sentences/0/assessments/0" } ]
                      }
                    ],
                    "assessments": [
                      {
                        "sentiment": "{{assessment}}",
                        "confidenceScores": { "positive": 0.01, "negative": 0.99 },
                        "offset": 17,
                        "length": 4,
                        "text": "late",
                        "isNegated": false
                      }
                    ]
                  }
                ],
                "warnings": []
              }
            ],
            "errors": [],
            "modelVersion": "2022-11-01"
          }
        }
        """;

    /// <summary>An OpenAI chat.completion body whose assistant message is the given content.</summary>
    public static string ChatCompletion(string content) => JsonSerializer.Serialize(new
    {
        id = "chatcmpl-test",
        @object = "chat.completion",
        created = 1_700_000_000,
        model = "test-model",
        choices = new[]
        {
            new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop", logprobs = (object?)null },
        },
        usage = new { prompt_tokens = 120, completion_tokens = 12, total_tokens = 132 },
    });
}
