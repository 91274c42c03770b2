using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ConversationalCare.Knowledge.Storage;

public sealed class SqliteKnowledgeDb(DbContextOptions<SqliteKnowledgeDb> options) : KnowledgeDb(options)
{
    /// <summary>SQLite cannot compare or order DateTimeOffset text; UTC ticks as integers can.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
