using Microsoft.EntityFrameworkCore;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>
/// The knowledge base in the PostgreSQL database the conversations also use: its tables and its migration history
/// live in their own schema, so neither context's tables nor history rows can collide with the other's.
/// DateTimeOffset is native timestamptz (UTC), which orders and compares without conversion.
/// </summary>
public sealed class PostgreSqlKnowledgeDb(DbContextOptions<PostgreSqlKnowledgeDb> options) : KnowledgeDb(options)
{
    public const string Schema = "knowledge";

    /// <summary>Used at run time and by <c>dotnet ef</c> alike, so migrations and the running host agree.</summary>
    public static void Configure(NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__EFMigrationsHistory", Schema);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.HasDefaultSchema(Schema);
        base.OnModelCreating(model);
    }
}
