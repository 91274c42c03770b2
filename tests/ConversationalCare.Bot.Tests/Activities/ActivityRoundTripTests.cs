using System.Text.Json;
using System.Text.Json.Nodes;
using ConversationalCare.Bot.Activities;

namespace ConversationalCare.Bot.Tests.Activities;

public class ActivityRoundTripTests
{
    private const string WebChatMessage = """
        {"type":"message","text":"where is my parcel?","textFormat":"plain","attachments":[],
         "channelData":{"attachmentSizes":[],"clientActivityID":"1700000000000abcdef"},"channelId":"webchat",
         "from":{"id":"dl_user1","name":"","role":"user"},"locale":"en-US",
         "localTimestamp":"2026-11-24T12:01:02.345+08:00","localTimezone":"Asia/Shanghai",
         "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":true,"supportsTts":true}]}
        """;

    private const string TeamsMessage = """
        {"type":"message","id":"1732430000000","timestamp":"2026-11-24T04:40:00.1234567Z","serviceUrl":"https://smba.trafficmanager.net/emea/",
         "channelId":"msteams","from":{"id":"29:1abc","name":"Mei Chen","aadObjectId":"00000000-0000-0000-0000-000000000001"},
         "conversation":{"conversationType":"personal","tenantId":"tenant-1","id":"a:1xyz"},
         "recipient":{"id":"28:bot-app-id","name":"Lumen"},"textFormat":"plain","locale":"zh-CN","text":"我的订单到哪了",
         "entities":[{"type":"clientInfo","locale":"zh-CN","country":"CN","platform":"Windows","timezone":"Asia/Shanghai"}],
         "channelData":{"tenant":{"id":"tenant-1"},"source":{"name":"message"}},
         "attachments":[{"contentType":"text/html","content":"<div>我的订单到哪了</div>"}],
         "futureField":{"nested":[1,2,3]}}
        """;

    private const string HandoffEvent = """
        {"type":"event","name":"handoff.status","channelId":"directline","conversation":{"id":"conv-1"},
         "value":{"state":"failed","message":"Can't find agent with requested skill"},
         "relatesTo":{"conversation":{"id":"conv-1"},"channelId":"directline","bot":{"id":"bot"}},
         "attachments":[],"entities":[]}
        """;

    [Theory]
    [InlineData(WebChatMessage)]
    [InlineData(TeamsMessage)]
    [InlineData(HandoffEvent)]
    public void A_round_trip_keeps_every_field_the_channel_sent(string json)
    {
        var activity = ActivityJson.Deserialize(json)!;
        var written = ActivityJson.Serialize(activity);

        Assert.True(JsonNode.DeepEquals(Normalized(JsonNode.Parse(json)!), Normalized(JsonNode.Parse(written)!)),
            $"Expected\n{json}\nbut wrote\n{written}");
    }

    [Fact]
    public void Reads_web_chats_client_activity_id_from_channel_data()
    {
        var activity = ActivityJson.Deserialize(WebChatMessage)!;

        Assert.Equal("1700000000000abcdef", activity.ClientActivityId);
        Assert.Equal(TimeSpan.FromHours(8), activity.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public void Keeps_fields_it_does_not_model()
    {
        var activity = ActivityJson.Deserialize(TeamsMessage)!;

        Assert.True(activity.Extra!.ContainsKey("futureField"));
        Assert.Equal("personal", activity.Conversation!.ConversationType);
        Assert.Equal("clientInfo", activity.Entities![0].Type);
        Assert.Equal("CN", activity.Entities[0].Properties!["country"].GetString());
    }

    [Fact]
    public void Reads_an_event_name_and_value()
    {
        var activity = ActivityJson.Deserialize(HandoffEvent)!;

        Assert.True(activity.IsType(ActivityTypes.Event));
        Assert.Equal("handoff.status", activity.Name);
        Assert.Equal("failed", activity.Value!.Value.GetProperty("state").GetString());
        Assert.Equal("conv-1", activity.RelatesTo!.Conversation!.Id);
    }

    [Fact]
    public void Leaves_out_fields_that_are_not_set()
    {
        var written = ActivityJson.Serialize(new Activity { Type = ActivityTypes.Typing });

        Assert.Equal("""{"type":"typing"}""", written);
    }

    [Fact]
    public void A_reply_is_addressed_back_to_the_sender_and_threads_to_it()
    {
        var incoming = ActivityJson.Deserialize(TeamsMessage)!;

        var reply = incoming.CreateReply("您好");

        Assert.Equal("29:1abc", reply.Recipient!.Id);
        Assert.Equal("28:bot-app-id", reply.From!.Id);
        Assert.Equal("a:1xyz", reply.Conversation!.Id);
        Assert.Equal("1732430000000", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.Timestamp);
    }

    [Fact]
    public void Suggested_actions_serialize_as_web_chat_expects()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Track my parcel")] },
        };

        var json = JsonNode.Parse(ActivityJson.Serialize(activity))!;

        Assert.Equal("imBack", json["suggestedActions"]!["actions"]![0]!["type"]!.GetValue<string>());
        Assert.Equal("Track my parcel", json["suggestedActions"]!["actions"]![0]!["value"]!.GetValue<string>());
    }

    /// <summary>Timestamps may be rewritten with more digits; compare them as instants.</summary>
    private static JsonNode Normalized(JsonNode node)
    {
        foreach (var key in new[] { "timestamp", "localTimestamp" })
            if (node[key] is JsonValue value && value.TryGetValue<string>(out var text))
                node[key] = DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).ToString("O");
        return node;
    }
}
