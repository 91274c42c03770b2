using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConversationalCare.Bot.Conversations;

/// <summary>Lets `dotnet ef migrations add` build the PostgreSQL model without a server (adding a migration never connects).</summary>
internal sealed class PostgreSqlCareDbDesignFactory : IDesignTimeDbContextFactory<PostgreSqlCareDb>
{
    public PostgreSqlCareDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCareDb>().UseNpgsql("Host=localhost;Database=conversationalcare_design").Options);
}
