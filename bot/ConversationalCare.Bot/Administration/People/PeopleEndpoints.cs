using System.Security.Claims;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ConversationalCare.Bot.Administration.People;

/// <summary><c>/api/admin/users</c>: the People page over HTTP, under the same rules (it calls the same service).</summary>
public static class PeopleEndpoints
{
    public static void Map(RouteGroupBuilder admin)
    {
        admin.MapGet("/users", async (IPeopleAdministration people, CancellationToken ct) => TypedResults.Ok(await people.ListAsync(ct)))
            .WithSummary("Every account with roles, teams, languages, capacity, active state and last sign-in.");
        admin.MapGet("/users/{userName}", async Task<Results<Ok<Person>, ProblemHttpResult>> (string userName, IPeopleAdministration people, CancellationToken ct) =>
                await people.GetAsync(userName, ct) is { } person ? TypedResults.Ok(person) : NoSuchUser(userName))
            .WithSummary("One account.");
        admin.MapPost("/users", async (NewPerson body, IPeopleAdministration people, ClaimsPrincipal user, CancellationToken ct) =>
                Outcome(await people.CreateAsync(body, AdminApi.Actor(user), ct), created: true))
            .WithSummary("Creates an account; without a password one is generated and returned once as generatedPassword.");
        admin.MapPatch("/users/{userName}", async (string userName, PersonChange body, IPeopleAdministration people, ClaimsPrincipal user, CancellationToken ct) =>
                Outcome(await people.UpdateAsync(userName, body, AdminApi.Actor(user), ct)))
            .WithSummary("Changes the fields sent; \"active\": false deactivates (signs out everywhere, returns open chats to the queue).");
        admin.MapPost("/users/{userName}/password-reset", async (string userName, PasswordResetRequest? body, IPeopleAdministration people, ClaimsPrincipal user, CancellationToken ct) =>
                Outcome(await people.ResetPasswordAsync(userName, body?.Password, AdminApi.Actor(user), ct)))
            .WithSummary("Sets a temporary password (generated unless given) that the person must replace at their next sign-in.");
    }

    public sealed record PasswordResetRequest(string? Password);

    /// <summary>The account, and a generated password only when the server made one (shown once, never stored in clear).</summary>
    public sealed record AccountResponse(Person User, string? GeneratedPassword);

    private static IResult Outcome(PeopleResult result, bool created = false) => result.Outcome switch
    {
        PeopleOutcome.Done when created => TypedResults.Created($"/api/admin/users/{Uri.EscapeDataString(result.Person!.UserName)}", new AccountResponse(result.Person, result.Password)),
        PeopleOutcome.Done => TypedResults.Ok(new AccountResponse(result.Person!, result.Password)),
        PeopleOutcome.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "No such account"),
        PeopleOutcome.Conflict => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Not possible now"),
        _ => TypedResults.ValidationProblem(result.Problems?.ToDictionary() ?? [], detail: result.Message, title: "The account is not valid"),
    };

    private static ProblemHttpResult NoSuchUser(string userName) =>
        TypedResults.Problem($"There is no account called '{userName}'.", statusCode: StatusCodes.Status404NotFound, title: "No such account");
}
