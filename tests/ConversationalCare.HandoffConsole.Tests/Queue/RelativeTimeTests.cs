using ConversationalCare.HandoffConsole.Queue;

namespace ConversationalCare.HandoffConsole.Tests.Queue;

public class RelativeTimeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(-120, "just now")]
    [InlineData(0, "just now")]
    [InlineData(44, "just now")]
    [InlineData(50, "1 min ago")]
    [InlineData(3 * 60, "3 min ago")]
    [InlineData(89 * 60, "89 min ago")]
    [InlineData(2 * 3600, "2 h ago")]
    [InlineData(23 * 3600, "23 h ago")]
    [InlineData(30 * 3600, "yesterday")]
    [InlineData(5 * 86400, "5 d ago")]
    public void Describes_how_long_ago_something_happened(int secondsAgo, string expected) =>
        Assert.Equal(expected, RelativeTime.Describe(Now.AddSeconds(-secondsAgo), Now));
}
