using ConversationalCare.EndToEnd.Tests.Hosting;
using ConversationalCare.EndToEnd.Tests.Prerequisites;
using Xunit.Abstractions;

namespace ConversationalCare.EndToEnd.Tests.DirectLineJS;

/// <summary>The official botframework-directlinejs 0.15.8, run in Node, talking to the real host.</summary>
public class DirectLineJsTests(EndToEndFixture fixture, ITestOutputHelper output) : IClassFixture<EndToEndFixture>
{
    private const string WebSocket = "websocket";
    private const string Polling = "polling";

    [EndToEndFact(Requires.DirectLineJS)]
    public async Task DirectLineJS_gets_a_reply_over_the_websocket_stream()
    {
        var report = await AskAsync(WebSocket, "where is my parcel?", "tracking");

        AssertAnsweredOwnMessage(report);
        Assert.Equal(["Uninitialized", "Connecting", "Online"], report.Statuses);
    }

    [EndToEndFact(Requires.DirectLineJS)]
    public async Task DirectLineJS_gets_a_reply_by_polling()
    {
        var report = await AskAsync(Polling, "where is my parcel?", "tracking");

        AssertAnsweredOwnMessage(report);
    }

    [EndToEndTheory(Requires.DirectLineJS)]
    [InlineData(WebSocket)]
    [InlineData(Polling)]
    public async Task DirectLineJS_gets_a_chinese_answer_to_a_chinese_question(string mode)
    {
        var report = await AskAsync(mode, "我的快递到哪了", "运单号", locale: "zh-CN");

        AssertAnsweredOwnMessage(report);
        Assert.Equal("zh-CN", report.Reply!.Locale);
    }

    [EndToEndTheory(Requires.DirectLineJS)]
    [InlineData(WebSocket, "en-US", "Lumen & Co assistant")]
    [InlineData(Polling, "zh-CN", "Lumen & Co 智能客服")]
    public async Task DirectLineJS_is_greeted_in_the_locale_it_starts_the_conversation_with(string mode, string locale, string welcome)
    {
        var issued = await fixture.IssueWidgetTokenAsync();

        var report = await RunAsync(new DirectLineJsRun(fixture.DirectLineDomain, issued.Token, mode)
        {
            Locale = locale,
            ExpectHistory = welcome,
        });

        Assert.Equal(issued.ConversationId, report.ConversationId);
        Assert.NotEqual(report.UserId, report.History!.From!.Id);
    }

    [EndToEndFact(Requires.DirectLineJS)]
    public async Task DirectLineJS_starts_with_a_token_a_backend_generated_from_the_secret()
    {
        var issued = await fixture.GenerateTokenWithSecretAsync("customer-from-backend");

        var report = await RunAsync(new DirectLineJsRun(fixture.DirectLineDomain, issued.Token, WebSocket)
        {
            Text = "how do I return an item?",
            Expect = "return",
        });

        AssertAnsweredOwnMessage(report);
        Assert.Equal(issued.ConversationId, report.ConversationId);
        Assert.Equal("customer-from-backend", report.Echo!.From!.Id);
    }

    [EndToEndFact(Requires.DirectLineJS)]
    public async Task DirectLineJS_keeps_talking_after_refreshing_its_token()
    {
        var issued = await fixture.IssueWidgetTokenAsync();

        var report = await RunAsync(new DirectLineJsRun(fixture.DirectLineDomain, issued.Token, Polling)
        {
            Refresh = true,
            Text = "where is my parcel?",
            Expect = "tracking",
        });

        Assert.True(report.Refresh!.Refreshed, report.Raw);
        AssertAnsweredOwnMessage(report);
    }

    [EndToEndTheory(Requires.DirectLineJS)]
    [InlineData(WebSocket)]
    [InlineData(Polling)]
    public async Task DirectLineJS_resumes_a_conversation_by_id_and_sees_its_history(string mode)
    {
        var first = await AskAsync(mode, "where is my parcel?", "tracking");

        // A second client, as after a page reload: same conversation id and token, no watermark, so the whole history.
        var resumed = await RunAsync(new DirectLineJsRun(fixture.DirectLineDomain, first.Token!, mode)
        {
            ConversationId = first.ConversationId,
            ExpectHistory = first.Reply!.Text![..20],
            Text = "how do I return an item?",
            Expect = "return",
        });

        Assert.Equal(first.ConversationId, resumed.ConversationId);
        Assert.Contains(resumed.Activities, a => a.Id == first.Echo!.Id && a.Text == "where is my parcel?");
        Assert.Contains(resumed.Activities, a => a.Id == first.Reply!.Id);
        AssertAnsweredOwnMessage(resumed);
        Assert.Equal(first.UserId, resumed.Echo!.From!.Id);
    }

    /// <summary>Runs the Node client and puts what it saw in the test output.</summary>
    private async Task<DirectLineJsReport> RunAsync(DirectLineJsRun run)
    {
        var report = await DirectLineJsClient.RunAsync(run);
        output.WriteLine(report.Raw);
        return report;
    }

    private async Task<DirectLineJsReport> AskAsync(string mode, string text, string expect, string locale = "en-US")
    {
        var issued = await fixture.IssueWidgetTokenAsync();
        var report = await RunAsync(new DirectLineJsRun(fixture.DirectLineDomain, issued.Token, mode)
        {
            Text = text,
            Expect = expect,
            Locale = locale,
        });
        Assert.Equal(issued.ConversationId, report.ConversationId);
        Assert.Equal(issued.UserId, report.UserId);
        return report;
    }

    /// <summary>The POST got an id, our own message came back with that id (the echo), and the bot answered it.</summary>
    private static void AssertAnsweredOwnMessage(DirectLineJsReport report)
    {
        Assert.False(string.IsNullOrEmpty(report.PostedId), report.Raw);
        Assert.Equal(report.PostedId, report.Echo!.Id);
        Assert.Equal(report.UserId, report.Echo.From!.Id);
        Assert.NotEqual(report.UserId, report.Reply!.From!.Id);
        Assert.Equal(report.Echo.Id, report.Reply.ReplyToId);
        Assert.True(DateTimeOffset.Parse(report.Echo.Timestamp!) < DateTimeOffset.Parse(report.Reply.Timestamp!),
            $"The reply must be timestamped after the message it answers (Web Chat orders by timestamp): {report.Raw}");
        Assert.False(string.IsNullOrEmpty(report.Watermark), report.Raw);
    }
}
