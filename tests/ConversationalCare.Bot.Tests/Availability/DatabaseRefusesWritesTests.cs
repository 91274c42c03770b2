using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using Microsoft.Data.Sqlite;

namespace ConversationalCare.Bot.Tests.Availability;

/// <summary>
/// The disk under the database fills up while customers chat: they are told to retry (503 with Retry-After and a
/// reason), never shown a server error, nothing half-written is left behind, and once there is room again the host
/// carries on by itself.
/// </summary>
public class DatabaseRefusesWritesTests
{
    [SmallDiskFact]
    public async Task A_full_disk_answers_503_with_retry_after_stores_nothing_and_the_host_recovers_when_there_is_room_again()
    {
        using var disk = SmallDisk.Mount();
        using (var host = new BotHost(dataDirectory: disk.Path))
        {
            using var http = host.NewClient();
            var chat = await DirectLineChat.StartAsync(http);
            await chat.Ask("where is my parcel?");

            await EmptyTheWriteAheadLogAsync(Path.Combine(disk.Path, "conversationalcare.db"));
            disk.Fill();
            string[] refused = ["is anyone there? (1)", "is anyone there? (2)", "is anyone there? (3)"];
            foreach (var text in refused) await ExpectRetryLaterAsync(await chat.TrySend(text));
            using (var start = DirectLineChat.Authorized(HttpMethod.Post, "/v3/directline/conversations", BotHost.TestSecret))
            {
                start.Content = JsonContent.Create(new { user = new { id = "dl_full_disk" } });
                await ExpectRetryLaterAsync(await http.SendAsync(start));
            }

            disk.Free();
            await ExpectAcceptedAgainAsync(chat, "back again: where is my parcel?");
            await chat.ExpectBotMessage(a => a.ReplyToId is not null && chat.Seen.Any(s => s.Id == a.ReplyToId && s.Text?.StartsWith("back again") == true),
                "a reply to the message sent once the disk had room");

            var stored = await DirectLineChat.ReadTranscriptAsync(http, chat.ConversationId);
            Assert.DoesNotContain(stored, a => refused.Contains(a.Text));
            var watermarks = stored.Select(a => long.Parse(a.Id!.Split('|')[1])).ToList();
            Assert.Equal(Enumerable.Range(1, watermarks.Count).Select(i => (long)i), watermarks);
        }
    }

    /// <summary>
    /// SQLite reuses space its write-ahead log already holds; emptied first, every later commit needs fresh space,
    /// so filling the disk refuses the very next one.
    /// </summary>
    private static async Task EmptyTheWriteAheadLogAsync(string databaseFile)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ToString());
        await connection.OpenAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await using var result = await checkpoint.ExecuteReaderAsync(timeout.Token);
            await result.ReadAsync(timeout.Token);
            if (result.GetInt32(0) == 0) return;
            await Task.Delay(50, timeout.Token);
        }
    }

    private static async Task ExpectRetryLaterAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Expected 503, got {(int)response.StatusCode}: {body}");
            Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "A 503 should say when to retry.");
            var problem = JsonSerializer.Deserialize<JsonElement>(body);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("not accepting writes", problem.GetProperty("detail").GetString());
            Assert.Equal("ServiceUnavailable", problem.GetProperty("error").GetProperty("code").GetString());
        }
    }

    /// <summary>Retries as a client told to retry would, until the host takes the message (or a generous deadline).</summary>
    private static async Task ExpectAcceptedAgainAsync(DirectLineChat chat, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await chat.TrySend(text);
            if (response.StatusCode == HttpStatusCode.OK) return;
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            await Task.Delay(200, timeout.Token);
        }
    }
}
