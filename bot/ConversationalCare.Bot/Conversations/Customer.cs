namespace ConversationalCare.Bot.Conversations;

/// <summary>A person as one channel knows them; the same human on two channels is two customers until linked.</summary>
public sealed class Customer
{
    private Customer() { }

    public Customer(string channelId, string channelUserId, string? name, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        ChannelId = channelId;
        ChannelUserId = channelUserId;
        Name = name;
        FirstSeenAt = now;
        LastSeenAt = now;
    }

    public Guid Id { get; private set; }
    public string ChannelId { get; private set; } = "";
    public string ChannelUserId { get; private set; } = "";
    public string? Name { get; private set; }
    public string? Locale { get; private set; }
    public DateTimeOffset FirstSeenAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    /// <summary>"standard" or "vip"; VIP customers escalate sooner and rank higher in the queue.</summary>
    public string Tier { get; private set; } = CustomerTiers.Standard;

    public bool SetTier(string tier)
    {
        tier = CustomerTiers.Normalize(tier);
        if (Tier == tier) return false;
        Tier = tier;
        return true;
    }

    public void Seen(string? name, string? locale, DateTimeOffset now)
    {
        if (!string.IsNullOrWhiteSpace(name)) Name = name;
        if (!string.IsNullOrWhiteSpace(locale)) Locale = locale;
        LastSeenAt = now;
    }
}

public static class CustomerTiers
{
    public const string Standard = "standard";
    public const string Vip = "vip";

    public static string Normalize(string? tier) =>
        string.Equals(tier?.Trim(), Vip, StringComparison.OrdinalIgnoreCase) ? Vip : Standard;
}
