using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConversationalCare.Bot.Activities;

public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}

/// <summary>Quick-reply buttons; Web Chat shows them under the latest bot message.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction> Actions { get; set; } = [];
}

public sealed class CardAction
{
    public string Type { get; set; } = CardActionTypes.ImBack;
    public string? Title { get; set; }
    public string? Image { get; set; }
    public string? ImageAltText { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static CardAction ImBack(string title, string? value = null) =>
        new() { Type = CardActionTypes.ImBack, Title = title, Value = JsonSerializer.SerializeToElement(value ?? title) };

    public static CardAction PostBack(string title, string value) =>
        new() { Type = CardActionTypes.PostBack, Title = title, Value = JsonSerializer.SerializeToElement(value) };
}

public static class CardActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}

/// <summary>Entities are open-ended ({type, ...}); everything but the type is kept verbatim.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
