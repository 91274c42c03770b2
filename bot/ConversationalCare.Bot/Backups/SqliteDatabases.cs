using ConversationalCare.Bot.Conversations;
using ConversationalCare.Knowledge;
using ConversationalCare.Knowledge.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Backups;

/// <summary>One SQLite database of the host: its name in the archive, its file, and the migrations this build knows.</summary>
public sealed record SqliteDatabase(string Name, string File, IReadOnlySet<string> KnownMigrations);

/// <summary>The host's SQLite databases, found through the same settings the host opens them with.</summary>
public static class SqliteDatabases
{
    public static IReadOnlyList<SqliteDatabase> Of(IServiceProvider services) =>
    [
        Describe("conversations", services.GetRequiredService<IOptions<StorageOptions>>().Value.SqliteConnectionString,
            services.GetRequiredService<IDbContextFactory<CareDb>>()),
        Describe("knowledge", services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.SqliteConnectionString,
            services.GetRequiredService<IDbContextFactory<KnowledgeDb>>()),
    ];

    public static string DataDirectory(IServiceProvider services) =>
        Path.GetFullPath(services.GetRequiredService<IOptions<StorageOptions>>().Value.DataDirectory);

    private static SqliteDatabase Describe<TDb>(string name, string connectionString, IDbContextFactory<TDb> factory) where TDb : DbContext
    {
        using var db = factory.CreateDbContext();
        return new SqliteDatabase(name, Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), db.Database.GetMigrations().ToHashSet());
    }
}
