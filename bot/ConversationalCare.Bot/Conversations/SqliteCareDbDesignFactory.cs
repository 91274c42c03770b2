using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConversationalCare.Bot.Conversations;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting the host.</summary>
internal sealed class SqliteCareDbDesignFactory : IDesignTimeDbContextFactory<SqliteCareDb>
{
    public SqliteCareDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCareDb>().UseSqlite("Data Source=design-time.db").Options);
}
