using ConversationalCare.HandoffConsole.Administration;

namespace ConversationalCare.HandoffConsole.Tests.Administration;

/// <summary>
/// Customers and a retention period kept in memory. It records what the page asks for and refuses only when a test
/// says so, because which lookups and periods are valid is the bot's business, not the page's.
/// </summary>
public sealed class FakeCustomerDataAdministration : ICustomerDataAdministration
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 9, 10, 0, 0, TimeSpan.Zero);

    public static readonly CustomerView Jane = new(Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301"), "directline", "dl-jane", "Jane Doe", "en-US",
        "standard", Monday, Monday.AddDays(2), "email in a message",
        [
            new("conv-1", "Website chat", "Resolved", Monday, Monday.AddHours(1), 12, null),
            new("conv-2", "Website chat", "Active", Monday.AddDays(2), Monday.AddDays(2).AddMinutes(5), 4, null),
        ]);

    public RetentionView Retention { get; set; } = new(null, null, null);
    public List<Guid> Customers { get; } = [Jane.Id];
    public List<CustomerLookup> Lookups { get; } = [];
    public List<(Guid Customer, string Actor)> Erasures { get; } = [];
    public List<(int? Days, string Actor)> RetentionChanges { get; } = [];
    public AnonymisationCounts NextRun { get; set; } = new(3, 40, 1, 2, 1, 0);

    /// <summary>When set, the next lookup or period change is refused with this problem on this field.</summary>
    public (string Field, string Problem)? Refuse { get; set; }

    public Task<RetentionView> RetentionAsync(CancellationToken cancellationToken) => Task.FromResult(Retention);

    public Task<CustomerDataResult<RetentionView>> SetRetentionAsync(int? days, string actor, CancellationToken cancellationToken)
    {
        RetentionChanges.Add((days, actor));
        if (Refused<RetentionView>() is { } refusal) return Task.FromResult(refusal);
        Retention = new RetentionView(days, actor, Monday);
        return Task.FromResult(CustomerDataResult<RetentionView>.Done(Retention));
    }

    public Task<AnonymisationCounts> AnonymiseNowAsync(string actor, CancellationToken cancellationToken) => Task.FromResult(NextRun);

    public Task<CustomerDataResult<IReadOnlyList<CustomerView>>> FindAsync(CustomerLookup lookup, CancellationToken cancellationToken)
    {
        Lookups.Add(lookup);
        if (Refused<IReadOnlyList<CustomerView>>() is { } refusal) return Task.FromResult(refusal);
        var found = Customers.Contains(Jane.Id) && (lookup.Email == "jane.doe@example.com" || lookup.ChannelUserId == Jane.ChannelUserId);
        return Task.FromResult(CustomerDataResult<IReadOnlyList<CustomerView>>.Done(found ? [Jane] : []));
    }

    public Task<CustomerExportFile?> ExportAsync(Guid customerId, string actor, CancellationToken cancellationToken) =>
        Task.FromResult<CustomerExportFile?>(Customers.Contains(customerId) ? new CustomerExportFile($"customer-{customerId}.json", "{}"u8.ToArray()) : null);

    public Task<CustomerDataResult<ErasureCounts>> EraseAsync(Guid customerId, string actor, CancellationToken cancellationToken)
    {
        Erasures.Add((customerId, actor));
        return Task.FromResult(Customers.Remove(customerId)
            ? CustomerDataResult<ErasureCounts>.Done(new ErasureCounts(2, 16, 1, 1, 4, 1, 0, 1, 0, 0, 0))
            : CustomerDataResult<ErasureCounts>.NotFound($"There is no customer '{customerId}'; they may have been erased already."));
    }

    private CustomerDataResult<T>? Refused<T>() where T : class
    {
        if (Refuse is not { } refusal) return null;
        Refuse = null;
        return CustomerDataResult<T>.Invalid(refusal.Field, refusal.Problem);
    }
}
