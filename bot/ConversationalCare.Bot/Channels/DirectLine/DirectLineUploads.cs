using System.Text.Json;
using ConversationalCare.Bot.Activities;
using ConversationalCare.Bot.Conversations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// POST /upload: a multipart form with an `activity` part (JSON) and one or more `file` parts, as DirectLineJS
/// sends when Web Chat attaches files. Files are stored and linked from the activity by an unguessable URL.
/// </summary>
public static class DirectLineUploads
{
    public static async Task<IResult> Upload(string conversationId, string? userId, HttpRequest request,
        DirectLineAuthentication auth, ConversationStore conversations, DirectLineAdapter adapter,
        IDbContextFactory<CareDb> dbFactory, TimeProvider clock, IOptions<DirectLineOptions> options, ILogger<DirectLineAdapter> logger)
    {
        var (caller, refusal) = await auth.AuthenticateAsync(request);
        if (refusal is not null) return refusal;
        if (!caller!.MayAccess(conversationId)) return DirectLineError.Forbidden("The token is for another conversation.");
        if (!request.HasFormContentType) return DirectLineError.BadArgument("Upload a multipart/form-data body.");
        if (request.ContentLength > options.Value.MaxUploadBytes) return TooBig(options.Value);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = options.Value.MaxUploadBytes;

        IFormCollection form;
        try { form = await request.ReadFormAsync(request.HttpContext.RequestAborted); }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge) { return TooBig(options.Value); }
        catch (InvalidDataException error) { return DirectLineError.BadSyntax($"The form could not be read: {error.Message}"); }
        if (form.Files.Sum(f => f.Length) > options.Value.MaxUploadBytes) return TooBig(options.Value);

        var (activity, bad) = await ReadActivityAsync(form, userId);
        if (bad is not null) return bad;
        if (await conversations.FindAsync(conversationId, request.HttpContext.RequestAborted) is null)
        {
            // The conversation row must exist before its attachments can reference it.
            if (caller.HasSecret) return DirectLineError.NotFound($"Conversation '{conversationId}' does not exist.");
            var from = new ChannelAccount { Id = caller.UserId ?? activity!.From?.Id ?? userId };
            if (string.IsNullOrWhiteSpace(from.Id)) return DirectLineError.MissingProperty("The activity needs 'from.id'.");
            await adapter.StartAsync(conversationId, from, activity!.Locale, request.HttpContext.RequestAborted);
        }

        activity!.Attachments = [];
        await using (var db = await dbFactory.CreateDbContextAsync(request.HttpContext.RequestAborted))
        {
            foreach (var file in form.Files.Where(f => f.Name == "file"))
            {
                using var content = new MemoryStream();
                await file.CopyToAsync(content, request.HttpContext.RequestAborted);
                var stored = new StoredAttachment(conversationId, file.ContentType ?? "application/octet-stream",
                    Path.GetFileName(file.FileName), content.ToArray(), clock.GetUtcNow());
                activity.Attachments.Add(new Attachment
                {
                    ContentType = stored.ContentType,
                    Name = stored.FileName,
                    ContentUrl = $"{request.Scheme}://{request.Host}{request.PathBase}/v3/directline/attachments/{stored.Id}",
                });
                db.Attachments.Add(stored);
            }
            await db.SaveChangesAsync(request.HttpContext.RequestAborted);
        }
        return await DirectLineActivities.ReceiveAsync(conversationId, activity, caller, conversations, adapter, logger, request.HttpContext.RequestAborted);
    }

    public static async Task<IResult> Download(Guid attachmentId, IDbContextFactory<CareDb> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var file = await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId, cancellationToken);
        return file is null
            ? DirectLineError.NotFound("No such attachment.")
            : TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<(Activity? Activity, IResult? Refusal)> ReadActivityAsync(IFormCollection form, string? userId)
    {
        var part = form.Files.GetFile("activity");
        if (part is null)
            return (new Activity { Type = ActivityTypes.Message, From = new ChannelAccount { Id = userId } }, null);
        try
        {
            await using var stream = part.OpenReadStream();
            var activity = await JsonSerializer.DeserializeAsync<Activity>(stream, ActivityJson.Options);
            return activity is null ? (null, DirectLineError.BadSyntax("The 'activity' part is empty.")) : (activity, null);
        }
        catch (JsonException error)
        {
            return (null, DirectLineError.BadSyntax($"The 'activity' part is not valid JSON: {error.Message}"));
        }
    }

    private static IResult TooBig(DirectLineOptions options) =>
        DirectLineError.TooBig($"Uploads are limited to {options.MaxUploadBytes} bytes in all.");
}
