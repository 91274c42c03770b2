using ConversationalCare.Knowledge.Database;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>
/// Brings the knowledge base up before the bot takes its first turn (hosted services start in order): schema,
/// demo articles on first start, then the search index from what is published. A broken seed file stops startup.
/// </summary>
internal sealed class KnowledgeStartup(
    IDbContextFactory<KnowledgeDb> dbFactory, IOptions<KnowledgeOptions> options, KnowledgeSeeder seeder, PublishedArticles published) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            if (db.Database.IsSqlite()) CreateSqliteFolder();
            // Hosts starting together on one PostgreSQL database take turns: the first migrates and seeds, the rest find it done.
            await DatabaseStartupLock.RunAsync(db, LockKey, async () =>
            {
                await db.Database.MigrateAsync(cancellationToken);
                // WAL lets the bot's searches-to-be and the editors read while an import commits; it persists in the file.
                if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await seeder.SeedIfEmptyAsync(cancellationToken);
            }, cancellationToken);
        }
        await published.RefreshAsync(cancellationToken);
    }

    /// <summary>The knowledge context's own startup lock (the conversation context has another).</summary>
    private const long LockKey = 0x4B4E4F574C454447; // "KNOWLEDG"

    private void CreateSqliteFolder()
    {
        var file = new SqliteConnectionStringBuilder(options.Value.SqliteConnectionString).DataSource;
        if (file is { Length: > 0 } && file != ":memory:" && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
            Directory.CreateDirectory(folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
