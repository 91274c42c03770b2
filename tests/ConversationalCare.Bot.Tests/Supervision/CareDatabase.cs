using ConversationalCare.Bot.Conversations;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>A migrated care database in a temporary SQLite file, for reading stored history without a host.</summary>
public sealed class CareDatabase : IDbContextFactory<CareDb>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
    private readonly DbContextOptions<SqliteCareDb> _options;

    public CareDatabase()
    {
        Directory.CreateDirectory(_directory);
        ConnectionString = $"Data Source={Path.Combine(_directory, "care.db")}";
        _options = new DbContextOptionsBuilder<SqliteCareDb>().UseSqlite(ConnectionString).Options;
        using var db = new SqliteCareDb(_options);
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public CareDb CreateDbContext() => new SqliteCareDb(_options);

    public void Dispose() => Hosting.BotHost.DeleteData(_directory);
}
