using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Tests;

/// <summary>Article content for tests, written like a content owner would.</summary>
public static class Drafts
{
    public static ArticleContent GiftWrap(string answer = "Yes: choose **Gift wrap** at checkout, it costs 3 EUR per parcel.") => new(
        "Orders", "Do you offer gift wrapping?", ["Can you wrap my order as a present?"], answer, ["gift", "wrapping"], [], [], []);

    public static ArticleContent Parking(string answer = "Free parking behind the store, entrance on Mill Lane.") => new(
        "Stores", "Where can I park at the store?", ["Is there a car park?"], answer, ["parking"], [], [], []);
}
