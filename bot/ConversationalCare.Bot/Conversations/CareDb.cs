using ConversationalCare.Bot.Answers;
using ConversationalCare.Bot.Handoff;
using ConversationalCare.Bot.Handoff.Agents;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Conversations;

/// <summary>
/// The conversation store, the console's accounts (ASP.NET Core Identity) and the Data Protection keys that sign
/// their cookies and tokens, in the same database, so every host reading it accepts what any host issued.
/// Provider-specific details live in subclasses (one migration set each).
/// </summary>
public abstract class CareDb(DbContextOptions options) : IdentityDbContext<ConsoleUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Conversation> Conversations => Set<Conversation>();
    public DbSet<StoredActivity> Activities => Set<StoredActivity>();
    public DbSet<StoredAttachment> Attachments => Set<StoredAttachment>();
    public DbSet<Agent> Agents => Set<Agent>();
    public DbSet<HandoffCase> Handoffs => Set<HandoffCase>();
    public DbSet<HandoffEvent> HandoffEvents => Set<HandoffEvent>();
    public DbSet<AgentNoteEntry> AgentNotes => Set<AgentNoteEntry>();
    public DbSet<AnswerRating> AnswerRatings => Set<AnswerRating>();
    public DbSet<Learning.PhrasingSuggestion> PhrasingSuggestions => Set<Learning.PhrasingSuggestion>();
    public DbSet<Learning.GapDecision> GapDecisions => Set<Learning.GapDecision>();
    public DbSet<Learning.LearningCursor> LearningCursors => Set<Learning.LearningCursor>();
    public DbSet<Supervision.Alerts.FollowUpTask> FollowUpTasks => Set<Supervision.Alerts.FollowUpTask>();
    public DbSet<Supervision.Alerts.SlaAlert> SlaAlerts => Set<Supervision.Alerts.SlaAlert>();
    public DbSet<Supervision.Alerts.IntentIncident> IntentIncidents => Set<Supervision.Alerts.IntentIncident>();
    public DbSet<Supervision.Quality.QualityReview> QualityReviews => Set<Supervision.Quality.QualityReview>();
    public DbSet<Handoff.Routing.Team> Teams => Set<Handoff.Routing.Team>();
    public DbSet<Handoff.Routing.RoutingRule> RoutingRules => Set<Handoff.Routing.RoutingRule>();
    public DbSet<Handoff.Replies.CannedReply> CannedReplies => Set<Handoff.Replies.CannedReply>();
    public DbSet<Administration.DeskSetting> DeskSettings => Set<Administration.DeskSetting>();
    public DbSet<Administration.Audit.AuditEntry> AuditEntries => Set<Administration.Audit.AuditEntry>();
    public DbSet<Leases.WorkLease> WorkLeases => Set<Leases.WorkLease>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        base.OnModelCreating(model);
        ConfigureHandoff(model);
        Learning.LearningModel.Configure(model);
        Supervision.Alerts.AlertsModel.Configure(model);
        Supervision.Quality.QualityModel.Configure(model);
        Administration.AdministrationModel.Configure(model);
        Leases.LeaseModel.Configure(model);
        model.Entity<Customer>(customer =>
        {
            customer.HasIndex(c => new { c.ChannelId, c.ChannelUserId }).IsUnique();
            customer.Property(c => c.ChannelId).HasMaxLength(64);
            customer.Property(c => c.ChannelUserId).HasMaxLength(256);
            customer.Property(c => c.Name).HasMaxLength(256);
            customer.Property(c => c.Locale).HasMaxLength(32);
            customer.Property(c => c.Tier).HasMaxLength(16);
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
            activity.Property(a => a.Outcome).HasMaxLength(32);
            activity.Property(a => a.OutcomeReason).HasMaxLength(256);
            activity.Property(a => a.ArticleKey).HasMaxLength(128);
            activity.Property(a => a.Escalation).HasMaxLength(64);
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

    private static void ConfigureHandoff(ModelBuilder model)
    {
        model.Entity<Agent>(agent =>
        {
            agent.HasKey(a => a.UserName);
            agent.Property(a => a.UserName).HasMaxLength(256);
            agent.Property(a => a.DisplayName).HasMaxLength(256);
            agent.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        });
        model.Entity<HandoffCase>(handoff =>
        {
            handoff.ToTable("Handoffs");
            handoff.Property(h => h.ConversationId).HasMaxLength(128);
            handoff.Property(h => h.Status).HasConversion<string>().HasMaxLength(24);
            handoff.Property(h => h.Rule).HasMaxLength(64);
            handoff.Property(h => h.ReasonDetail).HasMaxLength(512);
            handoff.Property(h => h.Team).HasMaxLength(64);
            handoff.Property(h => h.Locale).HasMaxLength(32);
            handoff.Property(h => h.OfferedTo).HasMaxLength(256);
            handoff.Property(h => h.Owner).HasMaxLength(256);
            handoff.Property(h => h.Disposition).HasMaxLength(64);
            handoff.Property(h => h.CsatComment).HasMaxLength(2000);
            handoff.Property(h => h.Version).IsConcurrencyToken();
            handoff.HasIndex(h => new { h.ConversationId, h.Status });
            handoff.HasIndex(h => new { h.Status, h.Priority });
            handoff.HasIndex(h => h.RequestedAt);
            handoff.HasOne<Conversation>().WithMany().HasForeignKey(h => h.ConversationId);
        });
        model.Entity<HandoffEvent>(e =>
        {
            e.Property(x => x.ConversationId).HasMaxLength(128);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Actor).HasMaxLength(256);
            e.Property(x => x.Detail).HasMaxLength(1024);
            e.HasIndex(x => x.HandoffId);
            e.HasIndex(x => new { x.Kind, x.At });
        });
        model.Entity<AgentNoteEntry>(note =>
        {
            note.ToTable("AgentNotes");
            note.Property(n => n.ConversationId).HasMaxLength(128);
            note.Property(n => n.Author).HasMaxLength(256);
            note.Property(n => n.Text).HasMaxLength(4000);
            note.HasIndex(n => n.ConversationId);
        });
        model.Entity<AnswerRating>(rating =>
        {
            rating.Property(r => r.ConversationId).HasMaxLength(128);
            rating.Property(r => r.ArticleKey).HasMaxLength(128);
            rating.HasIndex(r => r.ConversationId);
            rating.HasIndex(r => new { r.ArticleKey, r.At });
        });
    }
}
