using System.Text.Json;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ConversationalCare.Bot.Understanding.Providers;

/// <summary>Names why a call to a cloud provider failed, in words safe for logs (no bodies, no customer text).</summary>
internal static class ProviderFailures
{
    public static string Reason(Exception exception) => exception switch
    {
        BrokenCircuitException => "its circuit is open after repeated failures",
        TimeoutRejectedException or OperationCanceledException => "it did not answer in time",
        HttpRequestException { StatusCode: { } status } => $"it answered HTTP {(int)status}",
        HttpRequestException { HttpRequestError: var error } => $"it could not be reached ({error})",
        HttpOperationException { StatusCode: { } status } => $"it answered HTTP {(int)status}",
        HttpOperationException { InnerException: { } inner } => Reason(inner),
        System.ClientModel.ClientResultException { Status: > 0 } result => $"it answered HTTP {result.Status}",
        System.ClientModel.ClientResultException { InnerException: { } inner } => Reason(inner),
        JsonException => "its answer was not JSON",
        _ => $"the call failed ({exception.GetType().Name})",
    };
}
