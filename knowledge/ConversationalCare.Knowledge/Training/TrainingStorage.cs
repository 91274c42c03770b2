using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Training;

/// <summary>How training phrases and publications are stored; KnowledgeDb calls this from OnModelCreating.</summary>
internal static class TrainingStorage
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<TrainingPhrase>(phrase =>
        {
            phrase.ToTable("TrainingPhrases");
            phrase.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            phrase.Property(p => p.State).HasConversion<string>().HasMaxLength(16);
            phrase.Property(p => p.Label).HasMaxLength(64);
            phrase.Property(p => p.Locale).HasMaxLength(32);
            phrase.Property(p => p.Text).HasMaxLength(PhraseRules.MaxTextLength);
            phrase.Property(p => p.Fingerprint).HasMaxLength(PhraseRules.MaxTextLength * 2);
            phrase.Property(p => p.CreatedBy).HasMaxLength(256);
            phrase.Property(p => p.PublishedBy).HasMaxLength(256);
            phrase.Property(p => p.RemovalRequestedBy).HasMaxLength(256);
            // The same words may not teach two labels of one model (nor one label twice); two editors adding them at
            // once are settled by this index. Removed phrases are history and do not count.
            phrase.HasIndex(p => new { p.Kind, p.Locale, p.Fingerprint }).IsUnique().HasFilter("\"State\" <> 'Removed'");
            phrase.HasIndex(p => new { p.Kind, p.Label, p.State });
        });
        model.Entity<TrainingPublication>(publication =>
        {
            publication.ToTable("TrainingPublications");
            publication.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            publication.Property(p => p.Actor).HasMaxLength(256);
            publication.HasIndex(p => new { p.Kind, p.Id });
        });
    }
}
