using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Knowledge.Database;

/// <summary>
/// The one place that turns <see cref="DatabaseOptions"/> into a DbContext: each module names its provider-neutral
/// base context and one subclass per provider (each with its own migration set), and gets <c>IDbContextFactory</c> and
/// a scoped instance of the base that are the configured provider's.
/// </summary>
public static class DatabaseRegistration
{
    /// <param name="sqliteConnectionString">The module's SQLite file, used when the provider is SQLite.</param>
    /// <param name="postgreSql">Per-context PostgreSQL settings, such as where its migration history lives.</param>
    public static IServiceCollection AddProviderDb<TBase, TSqlite, TPostgreSql>(this IServiceCollection services,
        Func<IServiceProvider, string> sqliteConnectionString,
        Action<Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder>? postgreSql = null)
        where TBase : DbContext where TSqlite : TBase where TPostgreSql : TBase
    {
        services.AddDatabaseOptions();
        // Both are registered; only the configured one is ever resolved, so the other costs nothing.
        services.AddPooledDbContextFactory<TSqlite>((provider, options) => options.UseSqlite(sqliteConnectionString(provider)));
        services.AddPooledDbContextFactory<TPostgreSql>((provider, options) =>
            options.UseNpgsql(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString, postgreSql));
        services.AddSingleton<IDbContextFactory<TBase>>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgreSql
                ? new ProviderDbFactory<TBase, TPostgreSql>(provider.GetRequiredService<IDbContextFactory<TPostgreSql>>())
                : new ProviderDbFactory<TBase, TSqlite>(provider.GetRequiredService<IDbContextFactory<TSqlite>>()));
        // For framework stores (Identity, Data Protection, health checks) that resolve a context from the scope.
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<TBase>>().CreateDbContext());
        return services;
    }

    /// <summary>Every module's contexts read the same section; registering it twice is harmless.</summary>
    public static IServiceCollection AddDatabaseOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ImplementationType == typeof(DatabaseOptionsValidation))) return services;
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidation>();
        return services;
    }

    /// <summary>Fails start with the exact reason (a plain Validate can only give one fixed message).</summary>
    private sealed class DatabaseOptionsValidation : IValidateOptions<DatabaseOptions>
    {
        public ValidateOptionsResult Validate(string? name, DatabaseOptions options) =>
            options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
