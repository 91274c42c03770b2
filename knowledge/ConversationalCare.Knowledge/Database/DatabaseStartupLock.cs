using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Database;

/// <summary>
/// Runs a host's schema and seed work alone when several hosts start against one PostgreSQL database. EF Core's own
/// migration lock (LOCK TABLE on the history table) is taken only after the history table is created and does not
/// cover seeding, so two empty-database starts could still collide on CREATE TABLE or seed twice; a session advisory
/// lock held around the whole step cannot. SQLite is one process's file: the work runs as is.
/// </summary>
public static class DatabaseStartupLock
{
    /// <param name="db">A context of the database to lock; its connection holds the lock while the work runs.</param>
    /// <param name="key">Distinguishes independent startup steps sharing one database (one per DbContext).</param>
    public static async Task RunAsync(DbContext db, long key, Func<Task> work, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await work();
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // Waits while another host migrates and seeds; that host's work is then seen as done.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
            try { await work(); }
            finally { await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})", CancellationToken.None); }
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }
}
