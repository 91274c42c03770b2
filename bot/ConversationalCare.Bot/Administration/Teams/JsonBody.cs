using System.Text.Json;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>How the team endpoints read bodies and turn a refused change into RFC 9457 problem details.</summary>
internal static class JsonBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Reads a JSON body ourselves so that malformed JSON is a validation problem like any other bad input, not the
    /// framework's bare 400.
    /// </summary>
    public static async Task<(T? Body, ValidationProblem? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, cancellationToken);
            return body is null ? (null, One("body", "Send a JSON body.")) : (body, null);
        }
        catch (JsonException error)
        {
            return (null, One(string.IsNullOrEmpty(error.Path) || error.Path == "$" ? "body" : error.Path.TrimStart('$', '.'),
                "This is not valid JSON of the expected shape."));
        }
    }

    public static ValidationProblem Invalid<T>(TeamResult<T> result) where T : class =>
        TypedResults.ValidationProblem(result.Problems?.ToDictionary() ?? []);

    public static ProblemHttpResult NotFound<T>(TeamResult<T> result) where T : class =>
        TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "No such team");

    public static ProblemHttpResult Conflict<T>(TeamResult<T> result, string title) where T : class =>
        TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: title);

    private static ValidationProblem One(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
