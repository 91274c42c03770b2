namespace ConversationalCare.HandoffConsole.Queue;

/// <summary>"3 min ago" wording for the queue, where an agent scans for what is fresh rather than reading clocks.</summary>
internal static class RelativeTime
{
    public static string Describe(DateTimeOffset then, DateTimeOffset now)
    {
        var elapsed = now - then;
        // A clock slightly ahead on the bot's side should not read as the future.
        if (elapsed < TimeSpan.FromSeconds(45)) return "just now";
        if (elapsed < TimeSpan.FromMinutes(90)) return $"{Math.Max(1, (int)Math.Round(elapsed.TotalMinutes))} min ago";
        if (elapsed < TimeSpan.FromHours(24)) return $"{(int)Math.Round(elapsed.TotalHours)} h ago";
        if (elapsed < TimeSpan.FromHours(48)) return "yesterday";
        return $"{(int)elapsed.TotalDays} d ago";
    }
}
