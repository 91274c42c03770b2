using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Training;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Knowledge.Storage;

/// <summary>The curated knowledge base. Provider-specific details live in subclasses (one migration set each).</summary>
public abstract class KnowledgeDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<StoredArticle> Articles => Set<StoredArticle>();
    public DbSet<ArticleVersion> ArticleVersions => Set<ArticleVersion>();
    public DbSet<ArticleAuditEntry> ArticleAudit => Set<ArticleAuditEntry>();
    public DbSet<TrainingPhrase> TrainingPhrases => Set<TrainingPhrase>();
    public DbSet<TrainingPublication> TrainingPublications => Set<TrainingPublication>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<StoredArticle>(article =>
        {
            article.ToTable("Articles");
            article.Property(a => a.Key).HasMaxLength(ArticleKeys.MaxLength);
            article.Property(a => a.Locale).HasMaxLength(32);
            article.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            article.Property(a => a.Category).HasMaxLength(ArticleRules.MaxCategoryLength);
            article.Property(a => a.Question).HasMaxLength(ArticleRules.MaxQuestionLength);
            article.Property(a => a.Content).HasConversion(ContentJson.Converter, ContentJson.Comparer).HasColumnName("ContentJson");
            article.Property(a => a.ReviewComment).HasMaxLength(StoredArticle.MaxCommentLength);
            article.Property(a => a.CreatedBy).HasMaxLength(256);
            article.Property(a => a.UpdatedBy).HasMaxLength(256);
            article.Property(a => a.Revision).IsConcurrencyToken();
            // Unique across locales: follow-ups and the bot's catalog address an article by key alone.
            article.HasIndex(a => a.Key).IsUnique();
            article.HasIndex(a => new { a.Status, a.Locale, a.Category });
            article.HasIndex(a => a.UpdatedAt);
            article.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId);
            article.HasMany(a => a.Audit).WithOne().HasForeignKey(e => e.ArticleId);
            article.Navigation(a => a.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
            article.Navigation(a => a.Audit).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        model.Entity<ArticleVersion>(version =>
        {
            version.Property(v => v.Content).HasConversion(ContentJson.Converter, ContentJson.Comparer).HasColumnName("ContentJson");
            version.Property(v => v.PublishedBy).HasMaxLength(256);
            version.Property(v => v.Note).HasMaxLength(256);
            version.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        });
        model.Entity<ArticleAuditEntry>(entry =>
        {
            entry.ToTable("ArticleAudit");
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(16);
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.ChangedFields).HasMaxLength(256);
            entry.Property(e => e.Comment).HasMaxLength(StoredArticle.MaxCommentLength);
            entry.HasIndex(e => new { e.ArticleId, e.At });
        });
        TrainingStorage.Configure(model);
    }
}
