using Microsoft.EntityFrameworkCore;

namespace ConversationalCare.Bot.Leases;

/// <summary>The work lease table in the conversation store; CareDb calls this from OnModelCreating.</summary>
internal static class LeaseModel
{
    public static void Configure(ModelBuilder model) => model.Entity<WorkLease>(lease =>
    {
        lease.ToTable("WorkLeases");
        // One row per piece of work: the key is what makes two hosts creating it at once collide.
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(64);
        lease.Property(l => l.Holder).HasMaxLength(128);
    });
}
