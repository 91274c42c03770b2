using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>Lets the module ask for a KnowledgeDb without knowing which provider's subclass is configured.</summary>
internal sealed class KnowledgeDbFactory<TDb>(IDbContextFactory<TDb> inner) : IDbContextFactory<KnowledgeDb> where TDb : KnowledgeDb
{
    public KnowledgeDb CreateDbContext() => inner.CreateDbContext();

    public async Task<KnowledgeDb> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
