using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Supervision.Alerts;

/// <summary>The supervision alerts' tables in the conversation store; CareDb calls this from OnModelCreating.</summary>
internal static class AlertsModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<FollowUpTask>(task =>
        {
            task.ToTable("FollowUpTasks");
            task.Property(t => t.ConversationId).HasMaxLength(128);
            task.Property(t => t.CustomerPseudonym).HasMaxLength(32);
            task.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            task.Property(t => t.AssignedTo).HasMaxLength(256);
            task.Property(t => t.AssignedBy).HasMaxLength(256);
            task.Property(t => t.CompletedBy).HasMaxLength(256);
            task.Property(t => t.Outcome).HasMaxLength(2000);
            task.Property(t => t.Version).IsConcurrencyToken();
            // Two host instances may read the same csat-scored event; the unique index lets only one task in.
            task.HasIndex(t => t.HandoffId).IsUnique();
            task.HasIndex(t => new { t.Status, t.CreatedAt });
        });
        model.Entity<SlaAlert>(alert =>
        {
            alert.ToTable("SlaAlerts");
            alert.Property(a => a.ConversationId).HasMaxLength(128);
            alert.Property(a => a.Kind).HasMaxLength(16);
            alert.Property(a => a.Team).HasMaxLength(64);
            alert.Property(a => a.AcknowledgedBy).HasMaxLength(256);
            alert.HasIndex(a => a.HandoffEventId).IsUnique();
            alert.HasIndex(a => new { a.AcknowledgedAt, a.RaisedAt });
        });
        model.Entity<IntentIncident>(incident =>
        {
            incident.ToTable("IntentIncidents");
            incident.Property(i => i.Intent).HasMaxLength(32);
            incident.Property(i => i.SamplesJson).HasMaxLength(8000);
            incident.Ignore(i => i.Samples);
            incident.HasIndex(i => new { i.Intent, i.ClosedAt });
        });
    }
}
