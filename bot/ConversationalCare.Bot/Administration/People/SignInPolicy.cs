using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Conversations;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Administration.People;

/// <summary>
/// Which roles must use two-step sign-in, kept as a desk setting. Every console page asks, so the answer is cached
/// for a few seconds: a change reaches this host at once and every other host within <see cref="CacheFor"/>.
/// </summary>
internal sealed class SignInPolicy(IDbContextFactory<CareDb> dbFactory, AuditLog audit, TimeProvider clock) : ISignInPolicy
{
    public const string Key = "sign-in-policy";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private readonly DeskDocument<Document> _document = new(Key, dbFactory, audit, clock);
    private (IReadOnlyList<string> Roles, DateTimeOffset Until)? _cached;

    public sealed record Document(IReadOnlyList<string> TwoStepRoles);

    public async Task<IReadOnlyList<string>> TwoStepRolesAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } cached && cached.Until > clock.GetUtcNow()) return cached.Roles;
        var (value, _) = await _document.ReadAsync(cancellationToken);
        var roles = value?.TwoStepRoles ?? [];
        _cached = (roles, clock.GetUtcNow() + CacheFor);
        return roles;
    }

    public async Task<string?> SetTwoStepRolesAsync(IReadOnlyList<string> roles, string actor, CancellationToken cancellationToken)
    {
        var named = roles.Select(r => (Text: r, Role: AccountRules.RoleNamed(r))).ToList();
        if (named.FirstOrDefault(r => r.Role is null) is { Text: { } unknown })
            return $"'{unknown}' is not a role. Roles: {string.Join(", ", AccountRules.RolesText)}.";
        var wanted = named.Select(r => r.Role!).Distinct().Order().ToList();
        await _document.ChangeAsync<Document>(actor, "sign-in-policy.changed", Key, current =>
        {
            var before = current ?? new Document([]);
            return before.TwoStepRoles.SequenceEqual(wanted) ? null : (new Document(wanted), new Document(wanted), before, new Document(wanted));
        }, cancellationToken);
        _cached = null;
        return null;
    }
}
