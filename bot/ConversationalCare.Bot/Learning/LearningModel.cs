using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Learning;

/// <summary>The learning loop's tables in the conversation store; CareDb calls this from OnModelCreating.</summary>
internal static class LearningModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<PhrasingSuggestion>(suggestion =>
        {
            suggestion.ToTable("PhrasingSuggestions");
            suggestion.Property(s => s.ArticleKey).HasMaxLength(128);
            suggestion.Property(s => s.Wording).HasMaxLength(500);
            suggestion.Property(s => s.Locale).HasMaxLength(32);
            suggestion.Property(s => s.ConversationId).HasMaxLength(128);
            suggestion.Property(s => s.Agent).HasMaxLength(256);
            suggestion.Property(s => s.DecidedBy).HasMaxLength(256);
            suggestion.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            // Two host instances may read the same resolved event; the unique index lets only one suggestion in.
            suggestion.HasIndex(s => s.HandoffEventId).IsUnique();
            suggestion.HasIndex(s => new { s.Status, s.At });
        });
        model.Entity<GapDecision>(decision =>
        {
            decision.ToTable("GapDecisions");
            decision.Property(d => d.Locale).HasMaxLength(32);
            decision.Property(d => d.NormalizedWording).HasMaxLength(500);
            decision.Property(d => d.ArticleKey).HasMaxLength(128);
            decision.Property(d => d.Actor).HasMaxLength(256);
            decision.HasIndex(d => new { d.Locale, d.NormalizedWording });
        });
        model.Entity<LearningCursor>(cursor =>
        {
            cursor.ToTable("LearningCursors");
            cursor.HasKey(c => c.Name);
            cursor.Property(c => c.Name).HasMaxLength(64);
        });
    }
}
