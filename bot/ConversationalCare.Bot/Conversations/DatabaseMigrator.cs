using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Conversations;

/// <summary>Brings the database to the current schema before anything else starts (hosted services start in order).</summary>
internal sealed class DatabaseMigrator(IDbContextFactory<CareDb> dbFactory, IOptions<StorageOptions> storage, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(storage.Value.DataDirectory);
        var sqliteFile = new SqliteConnectionStringBuilder(storage.Value.SqliteConnectionString).DataSource;
        if (Path.GetDirectoryName(Path.GetFullPath(sqliteFile)) is { } folder) Directory.CreateDirectory(folder);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        // WAL lets readers (polling clients, the console) proceed while the transcript writer commits; it persists in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        logger.LogInformation("Database ready at {DataSource}", sqliteFile);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>For commands that use the database without starting the host.</summary>
    public static Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetServices<IHostedService>().OfType<DatabaseMigrator>().Single().StartAsync(cancellationToken);
}
