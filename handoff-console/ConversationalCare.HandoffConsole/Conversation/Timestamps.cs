using System.Globalization;

namespace ConversationalCare.HandoffConsole.Conversation;

/// <summary>
/// The console shows UTC, labelled as such: the server cannot know each agent's time zone, and a shared clock
/// keeps agents and logs in agreement.
/// </summary>
internal static class Timestamps
{
    public static string Machine(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string Clock(DateTimeOffset at) => at.ToUniversalTime().ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Full(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("d MMM, HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
