namespace ConversationalCare.Bot.Administration;

/// <summary>
/// A desk-wide setting an administrator changes in the console (retention period, roles that must use two-step
/// sign-in, the website chat's look): one JSON document per key, so a new setting needs no new table.
/// </summary>
public sealed class DeskSetting
{
    private DeskSetting() { }

    public DeskSetting(string key, string json, string actor, DateTimeOffset now)
    {
        Key = key;
        Json = json;
        UpdatedBy = actor;
        UpdatedAt = now;
    }

    public string Key { get; private set; } = "";
    public string Json { get; private set; } = "{}";
    public string UpdatedBy { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Change(string json, string actor, DateTimeOffset now)
    {
        if (Json == json) return false;
        (Json, UpdatedBy, UpdatedAt) = (json, actor, now);
        return true;
    }
}
