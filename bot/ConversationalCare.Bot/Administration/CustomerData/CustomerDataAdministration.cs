using System.Text.Json;
using ConversationalCare.HandoffConsole.Administration;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace ConversationalCare.Bot.Administration.CustomerData;

/// <summary>
/// The console's Customer data page over the services <c>/api/admin</c> uses, so both follow the same rules. A singleton
/// is safe for a page that lives as long as its circuit: every service opens a fresh DbContext per call.
/// </summary>
public sealed class CustomerDataAdministration(RetentionSettings retention, RetentionSweeper sweeper, CustomerDirectory directory,
    CustomerExport export, CustomerErasure erasure, IOptions<HttpJsonOptions> json) : ICustomerDataAdministration
{
    public Task<RetentionView> RetentionAsync(CancellationToken cancellationToken) => retention.GetAsync(cancellationToken);

    public Task<CustomerDataResult<RetentionView>> SetRetentionAsync(int? days, string actor, CancellationToken cancellationToken) =>
        retention.SetAsync(days, actor, cancellationToken);

    public Task<AnonymisationCounts> AnonymiseNowAsync(string actor, CancellationToken cancellationToken) =>
        sweeper.SweepAsync(cancellationToken, actor);

    public Task<CustomerDataResult<IReadOnlyList<CustomerView>>> FindAsync(CustomerLookup lookup, CancellationToken cancellationToken) =>
        directory.FindAsync(lookup, cancellationToken);

    /// <summary>Serialised with the API's own JSON options, so the console's download and the API's answer are the same document.</summary>
    public async Task<CustomerExportFile?> ExportAsync(Guid customerId, string actor, CancellationToken cancellationToken) =>
        await export.ExportAsync(customerId, actor, cancellationToken) is { } document
            ? new CustomerExportFile(CustomerExport.FileName(customerId), JsonSerializer.SerializeToUtf8Bytes(document, json.Value.SerializerOptions))
            : null;

    public async Task<CustomerDataResult<ErasureCounts>> EraseAsync(Guid customerId, string actor, CancellationToken cancellationToken) =>
        await erasure.EraseAsync(customerId, actor, cancellationToken) is { } counts
            ? CustomerDataResult<ErasureCounts>.Done(counts)
            : CustomerDataResult<ErasureCounts>.NotFound($"There is no customer '{customerId}'; they may have been erased already.");
}
