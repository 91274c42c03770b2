using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ConversationalCare.Bot.Tests.Administration.CustomerData;

/// <summary>
/// A customer who leaves personal data everywhere it can be stored: their name, an email, an order number and a phone
/// number in messages, a photo, an agent's reply and note, and a CSAT comment; plus the admin's and database's view.
/// </summary>
internal static class CustomerDataScenario
{
    public const string Email = "jane.doe@example.com";
    public const string Order = "LC-12345678";
    public const string Phone = "+44 7700 900123";
    public const string Name = "Jane Doe";

    public static HttpClient Admin(BotHost host) => AgentApiClient.Authorized(host, "demo-token-ada");

    /// <summary>Escalates, is helped by alice, rates her 2 with a comment; returns the chat.</summary>
    public static async Task<DirectLineChat> TalkToAliceAsync(BotHost host, HttpClient http, AgentApiClient alice)
    {
        await alice.GoOnlineAsync();
        var chat = await DirectLineChat.StartAsync(http);
        await SendAsNamedAsync(http, chat, $"Where is my order {Order}? My email is {Email}");
        // Channels that know the customer (Teams, a signed-in shop page) store their name; the test's Direct Line start sends none.
        await ReadAsync(host, db => db.Customers.Where(c => c.ChannelUserId == chat.UserId)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Name, Name)));
        await chat.ExpectBotMessage(_ => true, "any answer");
        await UploadAsync(http, chat, "passport-jane.png");
        await chat.Send("I want to talk to a real person");
        await chat.ExpectReplyContaining("in the queue");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ClaimAsync(chat.ConversationId)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.SayAsync(chat.ConversationId, $"Hello Jane, I see order {Order}.")).StatusCode);
        await chat.ExpectReplyContaining("I see order");
        using var notes = AgentApiClient.Authorized(host, "demo-token-alice");
        Assert.Equal(HttpStatusCode.NoContent, (await notes.PostAsJsonAsync($"/api/agent/conversations/{chat.ConversationId}/notes",
            new { text = $"Jane wants a call on {Phone}" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.ResolveAsync(chat.ConversationId)).StatusCode);
        await chat.ExpectReplyContaining("rate this conversation");
        await chat.Send("2");
        await chat.ExpectReplyContaining("Anything you'd like to add");
        await chat.Send($"Call me on {Phone}");
        await WaitForAsync(host, db => db.Handoffs.AnyAsync(h => h.ConversationId == chat.ConversationId && h.CsatComment != null), "the CSAT comment stored");
        return chat;
    }

    /// <summary>A message whose sender has a display name, as channels that know the customer's name send it.</summary>
    public static async Task SendAsNamedAsync(HttpClient http, DirectLineChat chat, string text)
    {
        using var request = DirectLineChat.Authorized(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/activities", chat.Token);
        request.Content = JsonContent.Create(new { type = "message", text, locale = "en-US", from = new { id = chat.UserId, name = Name, role = "user" } });
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task UploadAsync(HttpClient http, DirectLineChat chat, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var activity = new StringContent("""{"type":"message","text":"photo of my passport","from":{"id":"x"}}""");
        activity.Headers.ContentType = new("application/vnd.microsoft.activity");
        form.Add(activity, "activity", "blob");
        var file = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        file.Headers.ContentType = new("image/png");
        form.Add(file, "file", fileName);
        using var upload = DirectLineChat.Authorized(HttpMethod.Post, $"/v3/directline/conversations/{chat.ConversationId}/upload?userId={chat.UserId}", chat.Token);
        upload.Content = form;
        using var response = await http.SendAsync(upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<T> ReadAsync<T>(BotHost host, Func<CareDb, Task<T>> read)
    {
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CareDb>>().CreateDbContextAsync();
        return await read(db);
    }

    public static async Task WaitForAsync(BotHost host, Func<CareDb, Task<bool>> condition, string description)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await ReadAsync(host, condition)) return;
            await Task.Delay(100);
        }
        Assert.Fail($"Expected {description}.");
    }

    /// <summary>Waits until the bot has stopped writing to the conversation (replies and follow-ups are stored after the reply arrives).</summary>
    public static async Task SettledAsync(BotHost host, string conversationId)
    {
        long last = -1;
        for (var quiet = 0; quiet < 10; quiet++)
        {
            var now = await ReadAsync(host, db => db.Conversations.Where(c => c.Id == conversationId).Select(c => c.LastSequence).SingleAsync());
            if (now != last) (last, quiet) = (now, 0);
            await Task.Delay(100);
        }
    }

    /// <summary>Every text column and JSON document stored about the conversation, in one string to search.</summary>
    public static Task<string> EverythingStoredAboutAsync(BotHost host, string conversationId) => ReadAsync(host, async db =>
    {
        var parts = new List<string?>();
        parts.AddRange(await db.Activities.Where(a => a.ConversationId == conversationId).Select(a => a.Text + " " + a.Json).ToListAsync());
        parts.AddRange(await db.Attachments.Where(a => a.ConversationId == conversationId).Select(a => a.FileName).ToListAsync());
        parts.AddRange(await db.AgentNotes.Where(n => n.ConversationId == conversationId).Select(n => n.Text).ToListAsync());
        parts.AddRange(await db.Handoffs.Where(h => h.ConversationId == conversationId).Select(h => h.CsatComment).ToListAsync());
        parts.AddRange(await db.Conversations.Where(c => c.Id == conversationId).Select(c => c.ReferenceJson + " " + c.Customer!.Name).ToListAsync());
        return string.Join("\n", parts);
    });

    public static async Task<JsonElement> AuditAsync(HttpClient admin, string action) =>
        await admin.GetFromJsonAsync<JsonElement>($"/api/admin/audit?action={action}");
}
