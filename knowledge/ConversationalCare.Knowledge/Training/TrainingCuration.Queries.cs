using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Training;

public sealed partial class TrainingCuration
{
    /// <summary>Every label of the model (even one without phrases yet) with its counts, in the bot's order.</summary>
    public async Task<TrainingOverview> OverviewAsync(TrainingKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var counts = await db.TrainingPhrases
            .Where(p => p.Kind == kind && p.State != PhraseState.Removed)
            .GroupBy(p => new { p.Label, p.Locale, p.State })
            .Select(g => new { g.Key.Label, g.Key.Locale, g.Key.State, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var last = await db.TrainingPublications.Where(p => p.Kind == kind).OrderByDescending(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        var labels = taxonomy.LabelsOf(kind).Select(label =>
        {
            var mine = counts.Where(c => c.Label == label).ToList();
            var live = taxonomy.Locales.ToDictionary(locale => locale, locale =>
                mine.Where(c => c.Locale == locale && c.State is PhraseState.Published or PhraseState.RemovalPending).Sum(c => c.Count));
            return new LabelSummary(label, live,
                mine.Where(c => c.State == PhraseState.Draft).Sum(c => c.Count),
                mine.Where(c => c.State == PhraseState.RemovalPending).Sum(c => c.Count));
        }).ToList();
        return new TrainingOverview(kind, last?.Id ?? 0, labels, last?.ToInfo());
    }

    /// <summary>One label's phrases, pending changes first, then newest first; <paramref name="search"/> matches words anywhere.</summary>
    public async Task<PhrasePage> PhrasesAsync(
        TrainingKind kind, string label, string? locale = null, string? search = null, int skip = 0, int take = 50,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.TrainingPhrases.Where(p => p.Kind == kind && p.Label == label && p.State != PhraseState.Removed);
        if (locale is { Length: > 0 }) query = query.Where(p => p.Locale == locale);
        if (search is { Length: > 0 } && PhraseRules.Fingerprint(search) is { Length: > 0 } words)
            query = query.Where(p => p.Fingerprint.Contains(words));
        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .OrderBy(p => p.State == PhraseState.Draft ? 0 : p.State == PhraseState.RemovalPending ? 1 : 2)
            .ThenByDescending(p => p.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))
            .AsNoTracking().ToListAsync(cancellationToken);
        return new PhrasePage(items.Select(p => p.ToView()).ToList(), total);
    }

    /// <summary>The newest training version of the model, 0 before anything was published or seeded.</summary>
    public async Task<long> VersionAsync(TrainingKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await VersionAsync(db, kind, cancellationToken);
    }

    /// <summary>What the model learns from now, in the order the phrases were first added (so training is repeatable).</summary>
    public async Task<PublishedTraining> PublishedAsync(TrainingKind kind, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        // Read before the phrases: a publish in between is then in the phrases and merely causes one spare retrain.
        var version = await VersionAsync(db, kind, cancellationToken);
        var phrases = await db.TrainingPhrases
            .Where(p => p.Kind == kind && (p.State == PhraseState.Published || p.State == PhraseState.RemovalPending))
            .OrderBy(p => p.Id)
            .Select(p => new PublishedPhrase(p.Text, p.Label, p.Locale))
            .ToListAsync(cancellationToken);
        return new PublishedTraining(kind, version, phrases);
    }

    /// <summary>Who published what and when, newest first: the model's training history.</summary>
    public async Task<IReadOnlyList<PublicationInfo>> HistoryAsync(TrainingKind kind, int take = 20, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var publications = await db.TrainingPublications.Where(p => p.Kind == kind).OrderByDescending(p => p.Id)
            .Take(Math.Clamp(take, 1, 200)).AsNoTracking().ToListAsync(cancellationToken);
        return publications.Select(p => p.ToInfo()).ToList();
    }

    private static async Task<long> VersionAsync(KnowledgeDb db, TrainingKind kind, CancellationToken cancellationToken) =>
        await db.TrainingPublications.Where(p => p.Kind == kind).MaxAsync(p => (long?)p.Id, cancellationToken) ?? 0;
}
