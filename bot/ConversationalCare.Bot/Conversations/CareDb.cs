using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>The conversation store. Provider-specific details live in subclasses (one migration set each).</summary>
public abstract class CareDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<StoredActivity> Activities => Set<StoredActivity>();
    public DbSet<StoredAttachment> Attachments => Set<StoredAttachment>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Customer>(customer =>
        {
            customer.HasIndex(c => new { c.ChannelId, c.ChannelUserId }).IsUnique();
            customer.Property(c => c.ChannelId).HasMaxLength(64);
            customer.Property(c => c.ChannelUserId).HasMaxLength(256);
            customer.Property(c => c.Name).HasMaxLength(256);
            customer.Property(c => c.Locale).HasMaxLength(32);
        });
        model.Entity<Conversation>(conversation =>
        {
            conversation.Property(c => c.Id).HasMaxLength(128);
            conversation.Property(c => c.ChannelId).HasMaxLength(64);
            conversation.Property(c => c.ExternalId).HasMaxLength(512);
            conversation.Property(c => c.Locale).HasMaxLength(32);
            conversation.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            conversation.Property(c => c.LastSequence).IsConcurrencyToken();
            conversation.HasIndex(c => new { c.ChannelId, c.ExternalId }).IsUnique();
            conversation.HasIndex(c => c.LastActivityAt);
            conversation.HasOne(c => c.Customer).WithMany().HasForeignKey(c => c.CustomerId);
        });
        model.Entity<StoredActivity>(activity =>
        {
            activity.HasKey(a => new { a.ConversationId, a.Sequence });
            activity.Property(a => a.ActivityId).HasMaxLength(160);
            activity.Property(a => a.Type).HasMaxLength(32);
            activity.Property(a => a.FromRole).HasMaxLength(16);
            activity.Property(a => a.Intent).HasMaxLength(32);
            activity.Property(a => a.Emotion).HasMaxLength(16);
            activity.HasOne<Conversation>().WithMany().HasForeignKey(a => a.ConversationId);
        });
        model.Entity<StoredAttachment>(attachment =>
        {
            attachment.Property(a => a.ConversationId).HasMaxLength(128);
            attachment.Property(a => a.ContentType).HasMaxLength(128);
            attachment.Property(a => a.FileName).HasMaxLength(256);
            attachment.HasOne<Conversation>().WithMany().HasForeignKey(a => a.ConversationId);
        });
    }
}
