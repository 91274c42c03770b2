using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ConversationalCare.Knowledge.Training;

public sealed partial class TrainingCuration
{
    public const string SeedActor = "seed";

    /// <summary>
    /// Fills a model's empty phrase table with the phrases the product ships, live as its first training version.
    /// Never touches a model that has any phrase or publication: a content owner's removals must not come back.
    /// Rows breaking the rules or repeating earlier words are skipped. Returns how many phrases were seeded.
    /// </summary>
    public async Task<int> SeedIfEmptyAsync(TrainingKind kind, IEnumerable<SeedPhrase> shipped, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.TrainingPhrases.AnyAsync(p => p.Kind == kind, cancellationToken) ||
            await db.TrainingPublications.AnyAsync(p => p.Kind == kind, cancellationToken))
            return 0;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var publication = new TrainingPublication(kind, SeedActor, now);
        db.TrainingPublications.Add(publication);
        await db.SaveChangesAsync(cancellationToken);

        var seen = new HashSet<(string, string)>();
        var phrases = new List<TrainingPhrase>();
        var skipped = 0;
        foreach (var row in shipped)
        {
            var (text, label, locale) = (PhraseRules.Clean(row.Text), row.Label.Trim(), PhraseRules.NormalizeLocale(row.Locale));
            if (PhraseRules.TargetProblem(taxonomy, kind, label, locale) is not null || PhraseRules.TextProblem(text) is not null ||
                !seen.Add((locale, PhraseRules.Fingerprint(text))))
            {
                skipped++;
                continue;
            }
            phrases.Add(TrainingPhrase.Seeded(kind, label, locale, text, SeedActor, now, publication.Id));
        }
        db.TrainingPhrases.AddRange(phrases);
        publication.Count(phrases.Count, 0);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance seeded the same table first; the unique index kept one copy, which is theirs.
            return 0;
        }
        if (skipped > 0) logger.LogWarning("Skipped {Skipped} shipped {Kind} phrases that break the phrase rules or repeat others", skipped, kind);
        logger.LogInformation("Seeded {Count} {Kind} training phrases as version {Version}", phrases.Count, kind, publication.Id);
        return phrases.Count;
    }
}
