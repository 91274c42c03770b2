using ConversationalCare.Bot.Conversations;
using ConversationalCare.Bot.Tests.Hosting;
using ConversationalCare.Tests;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Tests.Supervision;

/// <summary>
/// A migrated care database for reading stored history without a host: a temporary SQLite file, or a temporary
/// PostgreSQL database when the tests run on PostgreSQL (<see cref="TestDatabase"/>).
/// </summary>
public sealed class CareDatabase : IDbContextFactory<CareDb>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cc-tests", Guid.NewGuid().ToString("n"));
    private readonly Func<CareDb> _create;

    public CareDatabase()
    {
        Directory.CreateDirectory(_directory);
        if (TestDatabase.IsPostgreSql)
        {
            ConnectionString = TestDatabase.ConnectionStringFor(_directory);
            var options = new DbContextOptionsBuilder<PostgreSqlCareDb>().UseNpgsql(ConnectionString).Options;
            _create = () => new PostgreSqlCareDb(options);
        }
        else
        {
            ConnectionString = $"Data Source={Path.Combine(_directory, "care.db")}";
            var options = new DbContextOptionsBuilder<SqliteCareDb>().UseSqlite(ConnectionString).Options;
            _create = () => new SqliteCareDb(options);
        }
        using var db = _create();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public CareDb CreateDbContext() => _create();

    /// <summary>Writes history into this database (commit to keep it).</summary>
    public HistoryWriter History() => new(ConnectionString, TestDatabase.IsPostgreSql);

    /// <summary>Writes history into a running host's own database.</summary>
    public static HistoryWriter History(BotHost host) => TestDatabase.IsPostgreSql
        ? new(TestDatabase.ConnectionStringFor(host.DataDirectory), postgreSql: true)
        : new($"Data Source={Path.Combine(host.DataDirectory, "conversationalcare.db")}");

    public void Dispose() => BotHost.DeleteData(_directory);
}
