using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.People;

/// <summary><c>GET/PUT /api/admin/sign-in-policy</c>: the roles that must use two-step sign-in.</summary>
public static class SignInPolicyEndpoints
{
    public sealed record SignInPolicyDto(IReadOnlyList<string>? TwoStepRoles);

    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/sign-in-policy", async (ISignInPolicy policy, CancellationToken ct) =>
                TypedResults.Ok(new SignInPolicyDto(await policy.TwoStepRolesAsync(ct))))
            .WithSummary("The roles that must use two-step (authenticator app) sign-in.");
        admin.MapPut("/sign-in-policy", async Task<Results<Ok<SignInPolicyDto>, ValidationProblem>> (SignInPolicyDto body, ISignInPolicy policy,
                ClaimsPrincipal user, CancellationToken ct) =>
            {
                if (await policy.SetTwoStepRolesAsync(body.TwoStepRoles ?? [], AdminApi.Actor(user), ct) is { } problem)
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["twoStepRoles"] = [problem] });
                return TypedResults.Ok(new SignInPolicyDto(await policy.TwoStepRolesAsync(ct)));
            })
            .WithSummary("Requires two-step sign-in for these roles: their console pages and new API tokens need a code from then on.");
    }
}
