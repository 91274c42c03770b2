using ConversationalCare.HandoffConsole.Handoff;

namespace ConversationalCare.HandoffConsole.Tests.Handoff;

public class CannedResponsesTests
{
    [Fact]
    public void Fills_in_the_customer_and_the_agent() =>
        Assert.Equal("Hi Ada, I'm Bob.", CannedResponses.Fill("Hi {customerName}, I'm {agentName}.", "Ada", "Bob"));

    [Fact]
    public void Fills_in_variables_whatever_their_case() =>
        Assert.Equal("Hi Ada", CannedResponses.Fill("Hi {CustomerName}", "Ada", "Bob"));
}
