using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.Teams;

/// <summary>What is wrong with a request, field by field, for an RFC 9457 validation problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
    }

    public ValidationProblem ToProblem() =>
        TypedResults.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    public static ValidationProblem One(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors.ToProblem();
    }

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
}
