using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Supervision.Quality;

/// <summary>The quality review table in the conversation store; CareDb calls this from OnModelCreating.</summary>
internal static class QualityModel
{
    public static void Configure(ModelBuilder model) => model.Entity<QualityReview>(review =>
    {
        review.ToTable("QualityReviews");
        review.Property(r => r.ConversationId).HasMaxLength(128);
        review.Property(r => r.Agent).HasMaxLength(256);
        review.Property(r => r.Week).HasMaxLength(16);
        review.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        review.Property(r => r.Reviewer).HasMaxLength(256);
        foreach (var comment in new[] { "Greeting", "Accuracy", "Empathy", "Resolution", "Closing", "Privacy" })
            review.Property<string?>(comment + "Comment").HasMaxLength(HandoffConsole.Quality.QualityRubric.MaxCommentLength);
        review.Property(r => r.Comment).HasMaxLength(HandoffConsole.Quality.QualityRubric.MaxOverallCommentLength);
        review.Ignore(r => r.Scores);
        review.Property(r => r.Version).IsConcurrencyToken();
        // Sampling the same week twice, or on two instances at once, must not queue a conversation twice.
        review.HasIndex(r => r.HandoffId).IsUnique();
        review.HasIndex(r => r.Week);
        review.HasIndex(r => new { r.Agent, r.Status, r.ResolvedAt });
        review.HasIndex(r => new { r.Status, r.ResolvedAt });
    });
}
