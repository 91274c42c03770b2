using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Database;

/// <summary>Hands out the configured provider's subclass to code that asks for the provider-neutral base context.</summary>
internal sealed class ProviderDbFactory<TBase, TDb>(IDbContextFactory<TDb> inner) : IDbContextFactory<TBase>
    where TBase : DbContext where TDb : TBase
{
    public TBase CreateDbContext() => inner.CreateDbContext();

    public async Task<TBase> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
