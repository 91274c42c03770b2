using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace ConversationalCare.Tests;

/// <summary>
/// Which database the test hosts use. Unset, every host has SQLite files in its data directory, as a real single
/// host does. With <see cref="Variable"/> = a PostgreSQL connection string of a role that may create databases, every
/// data directory gets its own database instead, named after the folder: created on first use, so a second host
/// given the same folder (a restart, a second instance) shares it, and dropped by the host that made the folder.
/// (Shared by the bot and knowledge test projects.)
/// </summary>
public static class TestDatabase
{
    public const string Variable = "CONVERSATIONALCARE_TEST_POSTGRES";

    public static string? Server { get; } = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool IsPostgreSql => Server is not null;

    /// <summary>The settings that put a host whose data lives in <paramref name="dataDirectory"/> on the test database.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> SettingsFor(string dataDirectory) => Server is null ? [] :
    [
        new("ConversationalCare:Database:Provider", "PostgreSql"),
        new("ConversationalCare:Database:ConnectionString", ConnectionStringFor(dataDirectory)),
    ];

    /// <summary>The folder's database, created if it does not exist yet.</summary>
    public static string ConnectionStringFor(string dataDirectory)
    {
        var name = NameFor(dataDirectory);
        using var server = Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", server) { Parameters = { new() { Value = name } } };
        if (exists.ExecuteScalar() is null)
        {
            try { Run(server, $"CREATE DATABASE \"{name}\""); }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase) { }
        }
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the folder's database once the host's pooled connections to it are closed.</summary>
    public static void Drop(string dataDirectory)
    {
        if (Server is null) return;
        var name = NameFor(dataDirectory);
        NpgsqlConnection.ClearPool(new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString));
        using var server = Open();
        // Not WITH (FORCE): that needs the right to end the server's own autovacuum workers, which a CREATEDB role lacks,
        // while a plain drop ends them itself. A connection still closing makes it wait a moment.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Run(server, $"DROP DATABASE IF EXISTS \"{name}\"");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                Thread.Sleep(100);
            }
        }
    }

    /// <summary>Stable per folder and within PostgreSQL's 63-character limit.</summary>
    private static string NameFor(string dataDirectory) =>
        "cc_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory).TrimEnd('/'))))[..24];

    private static NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(Server);
        connection.Open();
        return connection;
    }

    private static void Run(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>A test about several hosts sharing one PostgreSQL server; reported as skipped, with the reason, without one.</summary>
public sealed class PostgreSqlFactAttribute : FactAttribute
{
    public PostgreSqlFactAttribute()
    {
        if (!TestDatabase.IsPostgreSql) Skip = $"Needs PostgreSQL: set {TestDatabase.Variable} to a connection string of a role that may create databases.";
    }
}

/// <summary>A test of SQLite's own files; reported as skipped, with the reason, while the tests run on PostgreSQL.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestDatabase.IsPostgreSql) Skip = $"Checks SQLite files; this run is on PostgreSQL ({TestDatabase.Variable} is set).";
    }
}
