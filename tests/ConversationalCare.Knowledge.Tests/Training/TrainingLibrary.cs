using ConversationalCare.Knowledge.Storage;
using ConversationalCare.Knowledge.Training;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConversationalCare.Knowledge.Tests.Training;

/// <summary>
/// Training curation on a real knowledge host's temporary database, with a small taxonomy of the kind the bot
/// registers (the host owns the label names).
/// </summary>
public sealed class TrainingLibrary : IAsyncDisposable
{
    public static readonly TrainingTaxonomy Taxonomy = new(
        ["greeting", "order_status", "returns_refunds", "out_of_scope"], ["anger", "neutral", "satisfaction"], ["en-US", "zh-CN"]);

    private TrainingLibrary(KnowledgeHost knowledge) => Knowledge = knowledge;

    public KnowledgeHost Knowledge { get; }

    public TrainingSignal Signal => Knowledge.Host.Services.GetRequiredService<TrainingSignal>();

    /// <summary>A curation service as a host instance builds it; several over one database act like several instances.</summary>
    public TrainingCuration Curation => new(
        Knowledge.Host.Services.GetRequiredService<IDbContextFactory<KnowledgeDb>>(), Taxonomy, Knowledge.Host.Services.GetRequiredService<PublishNews>(), Knowledge.Clock,
        NullLogger<TrainingCuration>.Instance);

    public static async Task<TrainingLibrary> StartAsync() => new(await KnowledgeHost.StartAsync());

    public static IEnumerable<SeedPhrase> Shipped(params (string Text, string Label, string Locale)[] rows) =>
        rows.Select(row => new SeedPhrase(row.Text, row.Label, row.Locale));

    public ValueTask DisposeAsync() => Knowledge.DisposeAsync();
}
