using System.Text.Json;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>Reads a JSON body no larger than a limit, so an oversized post is refused before it is buffered.</summary>
public static class RequestBody
{
    public static async Task<(T? Value, IResult? Refusal)> ReadJsonAsync<T>(HttpRequest request, int maxBytes, bool allowEmpty = false)
        where T : class
    {
        if (request.ContentLength > maxBytes) return (null, TooBig(maxBytes));
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, TooBig(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
            return allowEmpty ? (null, null) : (null, DirectLineError.BadSyntax("The request body is empty; send a JSON object."));
        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), ActivityJson.Options);
            return value is null && !allowEmpty ? (null, DirectLineError.BadSyntax("The request body must be a JSON object.")) : (value, null);
        }
        catch (JsonException error)
        {
            return (null, DirectLineError.BadSyntax($"The request body is not valid JSON: {error.Message}"));
        }
    }

    private static IResult TooBig(int maxBytes) =>
        DirectLineError.TooBig($"The request body exceeds the limit of {maxBytes} bytes.");
}
