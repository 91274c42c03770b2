using ConversationalCare.Knowledge.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Conversations;

/// <summary>Brings the database to the current schema before anything else starts (hosted services start in order).</summary>
internal sealed class DatabaseMigrator(IDbContextFactory<CareDb> dbFactory, IOptions<StorageOptions> storage, ILogger<DatabaseMigrator> logger) : IHostedService
{
    /// <summary>The conversation context's startup lock (the knowledge context has another); seeders of this database take it too.</summary>
    internal const long LockKey = 0x434F4E5645525341; // "CONVERSA"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(storage.Value.DataDirectory);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (db.Database.IsSqlite()) CreateSqliteFolder();
        // Hosts starting together on one PostgreSQL database take turns; the later ones find nothing left to apply.
        await DatabaseStartupLock.RunAsync(db, LockKey, () => db.Database.MigrateAsync(cancellationToken), cancellationToken);
        // WAL lets readers (polling clients, the console) proceed while the transcript writer commits; it persists in the file.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }

    private void CreateSqliteFolder()
    {
        var sqliteFile = new SqliteConnectionStringBuilder(storage.Value.SqliteConnectionString).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(sqliteFile)) is { } folder) Directory.CreateDirectory(folder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>For commands that use the database without starting the host.</summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(cancellationToken);
}
