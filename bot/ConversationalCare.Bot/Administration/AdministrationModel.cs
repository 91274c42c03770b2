using System.Text.Json;
using ConversationalCare.Bot.Administration.Audit;
using ConversationalCare.Bot.Handoff.Replies;
using ConversationalCare.Bot.Handoff.Routing;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ConversationalCare.Bot.Administration;

/// <summary>The administered tables (teams, routing rules, canned replies, settings, audit); CareDb calls this.</summary>
internal static class AdministrationModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Configure(ModelBuilder model)
    {
        model.Entity<ConsoleUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(256);
        });
        model.Entity<Team>(team =>
        {
            team.HasKey(t => t.Name);
            team.Property(t => t.Name).HasMaxLength(64);
            team.Property(t => t.DisplayName).HasMaxLength(128);
            team.Property(t => t.TimeZone).HasMaxLength(64);
            // Small lists read and written with the team; JSON text keeps them one column on every provider.
            team.Property(t => t.WeeklyHours).HasConversion(JsonList<DayHours>(), ListComparer<DayHours>()).HasMaxLength(2000);
            team.Property(t => t.ClosedDates).HasConversion(JsonList<DateOnly>(), ListComparer<DateOnly>()).HasMaxLength(8000);
        });
        model.Entity<RoutingRule>(rule =>
        {
            rule.Property(r => r.Intent).HasMaxLength(64);
            rule.Property(r => r.Tier).HasMaxLength(16);
            rule.Property(r => r.Channel).HasMaxLength(64);
            rule.Property(r => r.Locale).HasMaxLength(32);
            rule.Property(r => r.Reason).HasMaxLength(64);
            rule.Property(r => r.Team).HasMaxLength(64);
            rule.HasIndex(r => r.Position);
        });
        model.Entity<CannedReply>(reply =>
        {
            reply.Property(r => r.Team).HasMaxLength(64);
            reply.Property(r => r.Language).HasMaxLength(16);
            reply.Property(r => r.Name).HasMaxLength(128);
            reply.Property(r => r.Text).HasMaxLength(4000);
            reply.Property(r => r.UpdatedBy).HasMaxLength(256);
            reply.HasIndex(r => new { r.Language, r.Team });
        });
        model.Entity<DeskSetting>(setting =>
        {
            setting.HasKey(s => s.Key);
            setting.Property(s => s.Key).HasMaxLength(64);
            setting.Property(s => s.UpdatedBy).HasMaxLength(256);
        });
        model.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.Actor).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.Subject).HasMaxLength(256);
            entry.HasIndex(e => e.At);
            entry.HasIndex(e => new { e.Action, e.At });
            entry.HasIndex(e => new { e.Actor, e.At });
        });
    }

    private static ValueConverter<List<T>, string> JsonList<T>() =>
        new(list => JsonSerializer.Serialize(list, Json), text => JsonSerializer.Deserialize<List<T>>(text, Json) ?? new List<T>());

    private static ValueComparer<List<T>> ListComparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)), list => list.ToList());
}
