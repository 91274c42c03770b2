using Microsoft.Extensions.Hosting;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>Builds the index while the host starts, so a broken sample file stops startup instead of a customer's first turn.</summary>
internal sealed class IndexWarmup(LuceneKnowledgeSearch search) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = search.All.Count;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
