using ConversationalCare.Knowledge.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Knowledge.Training;

/// <summary>
/// What content owners do to the phrases the bot's intent and emotion models learn from: add drafts, mark phrases
/// for removal, and publish a model's pending changes in one step, which bumps its training version so every host
/// instance retrains. The API behind the console's training page.
/// </summary>
public sealed partial class TrainingCuration(
    IDbContextFactory<KnowledgeDb> dbFactory, TrainingTaxonomy taxonomy, PublishNews news, TimeProvider clock,
    ILogger<TrainingCuration> logger)
{
    public TrainingTaxonomy Taxonomy => taxonomy;

    /// <summary>Adds each line as a draft; refused lines (empty, too long, already taught) are reported, the rest saved.</summary>
    public async Task<AddPhrasesResult> AddAsync(
        TrainingKind kind, string label, string locale, IEnumerable<string> texts, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        label = label.Trim();
        locale = PhraseRules.NormalizeLocale(locale);
        // Blank lines in a pasted list are spacing, not phrases.
        var lines = texts.Select(PhraseRules.Clean).Where(line => line.Length > 0).ToList();
        if (lines.Count == 0) return new AddPhrasesResult([], [], "Write at least one phrase, one per line.");
        if (PhraseRules.TargetProblem(taxonomy, kind, label, locale) is { } problem)
            return new AddPhrasesResult([], lines.Select(text => new RejectedPhrase(text, problem)).ToList(), problem);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rejected = new List<RejectedPhrase>();
        var accepted = new List<TrainingPhrase>();
        var fingerprints = lines.Select(PhraseRules.Fingerprint).Distinct().ToList();
        var taken = await db.TrainingPhrases
            .Where(p => p.Kind == kind && p.Locale == locale && p.State != PhraseState.Removed && fingerprints.Contains(p.Fingerprint))
            .Select(p => new { p.Fingerprint, p.Label }).ToDictionaryAsync(p => p.Fingerprint, p => p.Label, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var text in lines)
        {
            var fingerprint = PhraseRules.Fingerprint(text);
            if (PhraseRules.TextProblem(text) is { } textProblem) rejected.Add(new(text, textProblem));
            else if (taken.TryGetValue(fingerprint, out var owner)) rejected.Add(new(text, AlreadyTaught(owner, label)));
            else
            {
                taken[fingerprint] = label;
                accepted.Add(TrainingPhrase.Draft(kind, label, locale, text, actor, now));
            }
        }
        var added = await SaveAsync(db, accepted, label, rejected, cancellationToken);
        return new AddPhrasesResult(added.Select(p => p.ToView()).ToList(), rejected);
    }

    /// <summary>
    /// A draft is discarded at once (the bot never saw it); a live phrase is marked and keeps teaching until the
    /// removal is published.
    /// </summary>
    public async Task<PhraseChange> RemoveAsync(long id, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.TrainingPhrases.Where(p => p.Id == id && p.State == PhraseState.Draft).ExecuteDeleteAsync(cancellationToken) == 1)
            return PhraseChange.Done;
        var now = clock.GetUtcNow();
        var marked = await db.TrainingPhrases.Where(p => p.Id == id && p.State == PhraseState.Published).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.State, PhraseState.RemovalPending)
            .SetProperty(p => p.RemovalRequestedBy, actor)
            .SetProperty(p => p.RemovalRequestedAt, now), cancellationToken);
        if (marked == 1) return PhraseChange.Done;
        return await db.TrainingPhrases.AnyAsync(p => p.Id == id && p.State == PhraseState.RemovalPending, cancellationToken)
            ? PhraseChange.Unchanged : PhraseChange.NotFound;
    }

    /// <summary>Takes back a removal that has not been published yet.</summary>
    public async Task<PhraseChange> KeepAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kept = await db.TrainingPhrases.Where(p => p.Id == id && p.State == PhraseState.RemovalPending).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.State, PhraseState.Published)
            .SetProperty(p => p.RemovalRequestedBy, (string?)null)
            .SetProperty(p => p.RemovalRequestedAt, (DateTimeOffset?)null), cancellationToken);
        if (kept == 1) return PhraseChange.Done;
        return await db.TrainingPhrases.AnyAsync(p => p.Id == id && p.State == PhraseState.Published, cancellationToken)
            ? PhraseChange.Unchanged : PhraseChange.NotFound;
    }

    /// <summary>
    /// Makes every draft of the model live and every marked phrase removed, as one new training version; the bot in
    /// this process hears at once, other instances at their next poll. Nothing pending publishes nothing.
    /// </summary>
    public async Task<PublishResult> PublishAsync(TrainingKind kind, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var publication = new TrainingPublication(kind, actor, now);
        db.TrainingPublications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);

        // Conditional updates: a draft discarded or published by someone else meanwhile is simply not counted.
        var added = await db.TrainingPhrases.Where(p => p.Kind == kind && p.State == PhraseState.Draft).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.State, PhraseState.Published)
            .SetProperty(p => p.PublishedBy, actor)
            .SetProperty(p => p.PublishedAt, now)
            .SetProperty(p => p.PublishedIn, publication.Id), cancellationToken);
        var removed = await db.TrainingPhrases.Where(p => p.Kind == kind && p.State == PhraseState.RemovalPending).ExecuteUpdateAsync(set => set
            .SetProperty(p => p.State, PhraseState.Removed)
            .SetProperty(p => p.RemovedIn, publication.Id), cancellationToken);
        if (added + removed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new PublishResult(null);
        }
        publication.Count(added, removed);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("{Actor} published {Kind} training version {Version}: {Added} phrases added, {Removed} removed",
            actor, kind, publication.Id, added, removed);
        news.Here(PublishedContent.Training);
        return new PublishResult(publication.ToInfo());
    }

    private async Task<IReadOnlyList<TrainingPhrase>> SaveAsync(
        KnowledgeDb db, List<TrainingPhrase> phrases, string label, List<RejectedPhrase> rejected, CancellationToken cancellationToken)
    {
        if (phrases.Count == 0) return [];
        db.TrainingPhrases.AddRange(phrases);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return phrases;
        }
        catch (DbUpdateException)
        {
            // Someone added some of the same words since we looked; the unique index decided. Keep what still fits.
            db.ChangeTracker.Clear();
        }
        var saved = new List<TrainingPhrase>();
        foreach (var phrase in phrases)
        {
            await using var single = await dbFactory.CreateDbContextAsync(cancellationToken);
            single.TrainingPhrases.Add(phrase);
            try
            {
                await single.SaveChangesAsync(cancellationToken);
                saved.Add(phrase);
            }
            catch (DbUpdateException)
            {
                rejected.Add(new RejectedPhrase(phrase.Text, AlreadyTaught(await OwnerAsync(single, phrase, cancellationToken) ?? label, label)));
            }
        }
        return saved;
    }

    private static async Task<string?> OwnerAsync(KnowledgeDb db, TrainingPhrase phrase, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.TrainingPhrases
            .Where(p => p.Kind == phrase.Kind && p.Locale == phrase.Locale && p.Fingerprint == phrase.Fingerprint && p.State != PhraseState.Removed)
            .Select(p => p.Label).FirstOrDefaultAsync(cancellationToken);
    }

    private static string AlreadyTaught(string owner, string label) => owner == label
        ? $"Already a phrase of {label}."
        : $"Already teaches {owner}; the same words cannot teach {label} too.";
}
