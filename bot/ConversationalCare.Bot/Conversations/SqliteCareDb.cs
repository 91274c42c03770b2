using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ConversationalCare.Bot.Conversations;

public sealed class SqliteCareDb(DbContextOptions<SqliteCareDb> options) : CareDb(options)
{
    /// <summary>SQLite cannot compare or order DateTimeOffset text; UTC ticks as integers can.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) =>
        configuration.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
