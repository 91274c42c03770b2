using System.Text.Json.Serialization;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>Direct Line's own error body: {"error":{"code","message"}}; clients act on the status code.</summary>
public sealed record DirectLineError([property: JsonPropertyName("error")] DirectLineErrorDetail Error)
{
    public static IResult Result(int status, string code, string message) =>
        TypedResults.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: status);

    public static IResult BadSyntax(string message) => Result(StatusCodes.Status400BadRequest, "BadSyntax", message);
    public static IResult BadArgument(string message) => Result(StatusCodes.Status400BadRequest, "BadArgument", message);
    public static IResult MissingProperty(string message) => Result(StatusCodes.Status400BadRequest, "MissingProperty", message);
    public static IResult Unauthorized(string message) => Result(StatusCodes.Status401Unauthorized, "Unauthorized", message);
    public static IResult Forbidden(string message) => Result(StatusCodes.Status403Forbidden, "Forbidden", message);
    public static IResult NotFound(string message) => Result(StatusCodes.Status404NotFound, "NotFound", message);
    public static IResult TooBig(string message) => Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);
    public static IResult ServiceError(string message) => Result(StatusCodes.Status500InternalServerError, "ServiceError", message);
}

public sealed record DirectLineErrorDetail(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
