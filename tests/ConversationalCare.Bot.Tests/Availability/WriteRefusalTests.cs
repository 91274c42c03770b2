using ConversationalCare.Bot.Availability;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ConversationalCare.Bot.Tests.Availability;

/// <summary>Which database errors mean "the storage refuses writes, retry later" (503) rather than a bug (500).</summary>
public class WriteRefusalTests
{
    [Theory]
    [InlineData(8, 8)]        // SQLITE_READONLY
    [InlineData(8, 1032)]     // SQLITE_READONLY_DBMOVED
    [InlineData(13, 13)]      // SQLITE_FULL
    [InlineData(10, 778)]     // SQLITE_IOERR_WRITE
    public void SQLite_read_only_full_or_failing_storage_is_a_refused_write(int code, int extended) =>
        Assert.True(WriteRefusal.Is(new DbUpdateException("saving failed", new SqliteException("refused", code, extended))));

    [Theory]
    [InlineData("53100")]     // disk_full
    [InlineData("25006")]     // read_only_sql_transaction
    public void PostgreSQL_disk_full_or_read_only_is_a_refused_write(string sqlState) =>
        Assert.True(WriteRefusal.Is(new DbUpdateException("saving failed", new PostgresException("refused", "ERROR", "ERROR", sqlState))));

    [Fact]
    public void A_constraint_violation_or_any_other_failure_is_not()
    {
        Assert.False(WriteRefusal.Is(new DbUpdateException("saving failed", new SqliteException("UNIQUE constraint failed", 19, 2067))));
        Assert.False(WriteRefusal.Is(new DbUpdateException("saving failed", new PostgresException("duplicate key", "ERROR", "ERROR", "23505"))));
        Assert.False(WriteRefusal.Is(new InvalidOperationException("a bug")));
    }
}
