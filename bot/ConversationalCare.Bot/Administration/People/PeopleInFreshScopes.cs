using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.Bot.Administration.People;

/// <summary>
/// Each call in its own DI scope, so its own DbContext and UserManager: a console page lives as long as its circuit,
/// and a context kept that long would serve accounts as they were when the page opened.
/// </summary>
internal sealed class PeopleInFreshScopes(IServiceScopeFactory scopes) : IPeopleAdministration
{
    public Task<IReadOnlyList<Person>> ListAsync(CancellationToken cancellationToken) => InScope(p => p.ListAsync(cancellationToken));
    public Task<Person?> GetAsync(string userName, CancellationToken cancellationToken) => InScope(p => p.GetAsync(userName, cancellationToken));
    public Task<IReadOnlyList<string>> TeamNamesAsync(CancellationToken cancellationToken) => InScope(p => p.TeamNamesAsync(cancellationToken));
    public Task<PeopleResult> CreateAsync(NewPerson person, string actor, CancellationToken cancellationToken) =>
        InScope(p => p.CreateAsync(person, actor, cancellationToken));
    public Task<PeopleResult> UpdateAsync(string userName, PersonChange change, string actor, CancellationToken cancellationToken) =>
        InScope(p => p.UpdateAsync(userName, change, actor, cancellationToken));
    public Task<PeopleResult> ResetPasswordAsync(string userName, string? temporaryPassword, string actor, CancellationToken cancellationToken) =>
        InScope(p => p.ResetPasswordAsync(userName, temporaryPassword, actor, cancellationToken));

    private async Task<T> InScope<T>(Func<PeopleAdministration, Task<T>> call)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<PeopleAdministration>());
    }
}
