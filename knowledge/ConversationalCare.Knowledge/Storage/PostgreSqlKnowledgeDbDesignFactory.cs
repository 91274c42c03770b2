using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server (adding a migration never connects).</summary>
internal sealed class PostgreSqlKnowledgeDbDesignFactory : IDesignTimeDbContextFactory<PostgreSqlKnowledgeDb>
{
    public PostgreSqlKnowledgeDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlKnowledgeDb>()
            .UseNpgsql("Host=localhost;Database=conversationalcare_design", PostgreSqlKnowledgeDb.Configure).Options);
}
