namespace ConversationalCare.HandoffConsole.Tests;

/// <summary>Waits, in real time and briefly, for something another thread is about to make true.</summary>
public static class Eventually
{
    public static async Task True(Func<bool> condition, Action? step = null, int timeoutMilliseconds = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMilliseconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail("The condition did not become true in time.");
            step?.Invoke();
            await Task.Delay(10);
        }
    }
}
