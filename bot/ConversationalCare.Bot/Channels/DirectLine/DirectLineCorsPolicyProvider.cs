using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Channels.DirectLine;

/// <summary>
/// Answers for the Direct Line policy from the admin's current list of origins (the configured list until an admin
/// sets one), so a change applies without a restart; every other policy comes from CorsOptions as usual.
/// </summary>
public sealed class DirectLineCorsPolicyProvider(IOptions<CorsOptions> cors, IOptions<DirectLineOptions> options, IDirectLineAccess access)
    : ICorsPolicyProvider
{
    private readonly DefaultCorsPolicyProvider _configured = new(cors);
    private volatile Built? _last;

    public async Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        if (policyName != DirectLineEndpoints.CorsPolicy) return await _configured.GetPolicyAsync(context, policyName);
        var origins = await access.AllowedOriginsAsync(context.RequestAborted) ?? options.Value.AllowedOrigins;
        // The admin's list is a cached snapshot, so the same list object comes back until it changes.
        if (_last is { } last && ReferenceEquals(last.Origins, origins)) return last.Policy;
        var policy = DirectLineEndpoints.CorsPolicyFor(origins);
        _last = new Built(origins, policy);
        return policy;
    }

    private sealed record Built(IReadOnlyList<string> Origins, CorsPolicy Policy);
}
