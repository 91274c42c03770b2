using System.Collections.Concurrent;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Tests;

namespace ConversationalCare.Bot.Tests.Backups;

/// <summary>
/// An operator backs up a host that is busy with customers, using the README's command, and restores the archive on a
/// new machine: every message the host had acknowledged before the backup began is there.
/// </summary>
public class BackupTests
{
    private const int Customers = 6;

    [SqliteFact]
    public async Task A_backup_taken_while_customers_chat_restores_every_message_acknowledged_before_it_began()
    {
        var archive = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n") + ".zip");
        var restoredData = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        try
        {
            List<Acknowledged> beforeBackup;
            int duringBackup;
            // Customers post faster than the per-conversation rate limit allows; the limit is not what this test is about.
            using (var host = new BotHost(new() { ["ConversationalCare:DirectLine:ActivitiesPerMinute"] = "1000000" }))
            {
                using var http = host.NewClient();
                var acknowledged = new ConcurrentQueue<Acknowledged>();
                using var stopLoad = new CancellationTokenSource();
                var chats = await Task.WhenAll(Enumerable.Range(0, Customers).Select(_ => DirectLineChat.StartAsync(http)));
                var load = Task.WhenAll(chats.Select(chat => ChatUntilStoppedAsync(chat, acknowledged, stopLoad.Token)));

                await WaitUntil(() => acknowledged.Count >= 3 * Customers, load);
                beforeBackup = [.. acknowledged];
                var (exit, output, error) = await BotCommandLine.RunAsync(host.DataDirectory, "", "backup", "--to", archive);
                duringBackup = acknowledged.Count - beforeBackup.Count;
                Assert.True(exit == 0, $"backup failed ({exit}): {output} {error}");
                Assert.Contains("Backed up conversations", output);

                var intoBusyDirectory = await BotCommandLine.RunAsync(host.DataDirectory, "", "restore", "--from", archive);
                Assert.Equal((2, true), (intoBusyDirectory.Exit, intoBusyDirectory.Error.Contains("is not empty")));

                await stopLoad.CancelAsync();
                await load;
            }
            Assert.True(duringBackup > 0, "The host acknowledged nothing while the backup ran: it should keep serving.");

            var restore = await BotCommandLine.RunAsync(restoredData, "", "restore", "--from", archive);
            Assert.True(restore.Exit == 0, $"restore failed ({restore.Exit}): {restore.Output} {restore.Error}");
            using var restored = new BotHost(dataDirectory: restoredData);
            using var reader = restored.NewClient();
            foreach (var conversation in beforeBackup.GroupBy(a => a.ConversationId))
            {
                var stored = await DirectLineChat.ReadTranscriptAsync(reader, conversation.Key);
                foreach (var message in conversation)
                    Assert.True(stored.Any(a => a.Id == message.ActivityId && a.Text == message.Text),
                        $"'{message.Text}' ({message.ActivityId}) was acknowledged before the backup began but is not in the restored conversation.");
            }
        }
        finally
        {
            File.Delete(archive);
            BotHost.DeleteData(restoredData);
        }
    }

    [Fact]
    public async Task A_host_on_PostgreSQL_is_told_to_use_pg_dump_instead()
    {
        var data = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
        // The command refuses before it connects, so no server is needed.
        Dictionary<string, string?> postgreSql = new()
        {
            ["ConversationalCare:Database:Provider"] = "PostgreSql",
            ["ConversationalCare:Database:ConnectionString"] = "Host=127.0.0.1;Database=never_opened",
        };
        var (exit, _, error) = await BotCommandLine.RunAsync(data, "", postgreSql, "backup", "--to", Path.Combine(data, "backup.zip"));
        Assert.Equal((2, true), (exit, error.Contains("pg_dump")));
        Assert.False(Directory.Exists(data));
    }

    private sealed record Acknowledged(string ConversationId, string ActivityId, string Text);

    /// <summary>One customer asking question after question; an answer is recorded only once the host acknowledged it.</summary>
    private static async Task ChatUntilStoppedAsync(DirectLineChat chat, ConcurrentQueue<Acknowledged> acknowledged, CancellationToken stop)
    {
        for (var i = 1; !stop.IsCancellationRequested; i++)
        {
            var text = $"where is my parcel? ({chat.ConversationId} #{i})";
            acknowledged.Enqueue(new Acknowledged(chat.ConversationId, await chat.Send(text), text));
            // Room for the bot's replies and the backup process on a small machine; the load need not be heavy, only steady.
            await Task.Delay(20, CancellationToken.None);
        }
    }

    private static async Task WaitUntil(Func<bool> condition, Task load)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            // A failed post fails the test at once instead of waiting for the timeout.
            if (load.IsFaulted) await load;
            await Task.Delay(20, timeout.Token);
        }
    }
}
