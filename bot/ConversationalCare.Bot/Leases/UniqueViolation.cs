using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Leases;

/// <summary>Whether a failed save broke a unique key (someone else inserted the same row first), per provider.</summary>
public static class UniqueViolation
{
    // SQLITE_CONSTRAINT; PostgreSQL reports the same as PostgresException with SqlState 23505.
    private const int SqliteConstraint = 19;

    public static bool Is(DbUpdateException error) => error.InnerException is SqliteException { SqliteErrorCode: SqliteConstraint };
}
