using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>Lets the rest of the bot ask for a CareDb without knowing which provider's subclass is configured.</summary>
internal sealed class CareDbFactory<TDb>(IDbContextFactory<TDb> inner) : IDbContextFactory<CareDb> where TDb : CareDb
{
    public CareDb CreateDbContext() => inner.CreateDbContext();
    public async Task<CareDb> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
