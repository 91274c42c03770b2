using ConversationalCare.Bot.Turns;

namespace ConversationalCare.Bot.Tests.Turns;

public class TurnOrderTests
{
    [Fact]
    public async Task A_later_turn_waits_until_the_earlier_turn_of_its_conversation_is_done()
    {
        var order = new TurnOrder();
        var first = order.Enter("c1");
        using var second = order.Enter("c1");

        var waiting = second.WaitForEarlierTurnsAsync(CancellationToken.None);
        await first.WaitForEarlierTurnsAsync(CancellationToken.None);
        Assert.False(waiting.IsCompleted);

        first.Dispose();
        await waiting.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Turns_of_different_conversations_do_not_wait_for_each_other()
    {
        var order = new TurnOrder();
        using var busy = order.Enter("c1");
        using var other = order.Enter("c2");

        await other.WaitForEarlierTurnsAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
    }
}
