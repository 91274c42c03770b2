using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>Lets `dotnet ef migrations add` build the SQLite model without starting a host.</summary>
internal sealed class SqliteKnowledgeDbDesignFactory : IDesignTimeDbContextFactory<SqliteKnowledgeDb>
{
    public SqliteKnowledgeDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteKnowledgeDb>().UseSqlite("Data Source=design-time.db").Options);
}
