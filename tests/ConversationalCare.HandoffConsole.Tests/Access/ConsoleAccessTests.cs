using System.Net;
using ConversationalCare.HandoffConsole.Access;
using Microsoft.AspNetCore.Http;

namespace ConversationalCare.HandoffConsole.Tests.Access;

public class ConsoleAccessTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.8.9.10")]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Admits_callers_on_this_machine(string address) =>
        Assert.Null(ConsoleAccess.Refusal(IPAddress.Parse(address), allowRemote: false));

    [Fact]
    public void Admits_the_in_process_test_server_which_has_no_peer_address() =>
        Assert.Null(ConsoleAccess.Refusal(remote: null, allowRemote: false));

    [Theory]
    [InlineData("192.0.2.10")]
    [InlineData("10.1.2.3")]
    [InlineData("2001:db8::7")]
    [InlineData("::ffff:192.0.2.10")]
    public void Refuses_other_machines_and_says_how_to_allow_them(string address)
    {
        var refusal = ConsoleAccess.Refusal(IPAddress.Parse(address), allowRemote: false);

        Assert.NotNull(refusal);
        Assert.Contains("ConversationalCare:Console:AllowRemote", refusal);
    }

    [Fact]
    public void Admits_other_machines_when_remote_access_is_allowed() =>
        Assert.Null(ConsoleAccess.Refusal(IPAddress.Parse("192.0.2.10"), allowRemote: true));

    [Theory]
    [InlineData("/console", true)]
    [InlineData("/console/conversations/abc", true)]
    [InlineData("/CONSOLE", true)]
    [InlineData("/_blazor/negotiate", true)]
    [InlineData("/", false)]
    [InlineData("/index.html", false)]
    [InlineData("/consoles", false)]
    [InlineData("/v3/directline/conversations", false)]
    public void Guards_the_console_and_its_circuit_but_nothing_else(string path, bool guarded) =>
        Assert.Equal(guarded, ConsoleAccess.IsConsolePath(new PathString(path)));
}
