using Microsoft.Data.Sqlite;
using Npgsql;

namespace ConversationalCare.Bot.Availability;

/// <summary>
/// Recognises the database refusing to store anything (read-only, disk full, I/O failing): an outage of the
/// storage underneath, to report as 503 and wait out, not a bug of ours to report as 500.
/// </summary>
public static class WriteRefusal
{
    private const int SqliteReadOnly = 8, SqliteIoError = 10, SqliteFull = 13;
    private const string PostgreSqlDiskFull = "53100", PostgreSqlReadOnly = "25006";

    public static bool Is(Exception error) => Cause(error) is not null;

    /// <summary>The database's own error behind <paramref name="error"/> (EF Core wraps it), when it is a refused write.</summary>
    public static Exception? Cause(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            // Extended codes (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED …) carry the primary code in their low byte.
            if (current is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) is SqliteReadOnly or SqliteIoError or SqliteFull) return current;
            if (current is PostgresException { SqlState: PostgreSqlDiskFull or PostgreSqlReadOnly }) return current;
        }
        return null;
    }

    /// <summary>
    /// Pooled connections opened while the storage was read-only (a file SQLite could only open for reading, a session
    /// on a server that was a standby) stay read-only; dropping them lets the next write open a fresh one, so the host
    /// recovers by itself once the storage does.
    /// </summary>
    public static void ForgetReadOnlyConnections(Exception cause)
    {
        if (cause is SqliteException { SqliteErrorCode: var code } && (code & 0xFF) == SqliteReadOnly) SqliteConnection.ClearAllPools();
        if (cause is PostgresException { SqlState: PostgreSqlReadOnly }) NpgsqlConnection.ClearAllPools();
    }
}
