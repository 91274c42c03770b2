using ConversationalCare.Bot.Handoff.Context;

namespace ConversationalCare.Bot.Tests.Handoff;

public class EntityFinderTests
{
    [Fact]
    public void Finds_order_numbers_emails_and_phone_numbers_in_what_customers_write()
    {
        var found = EntityFinder.Find(["my order LC-20261124 never came", "email me at kim.lee@example.com or call +44 20 7946 0958", "订单号：88776655", "my order 55521 is late"]);

        Assert.Contains(found, e => e.Kind == EntityFinder.OrderNumber && e.Value == "LC-20261124");
        Assert.Contains(found, e => e.Kind == EntityFinder.OrderNumber && e.Value == "88776655");
        Assert.Contains(found, e => e.Kind == EntityFinder.OrderNumber && e.Value == "55521");
        Assert.Contains(found, e => e.Kind == EntityFinder.Email && e.Value == "kim.lee@example.com");
        Assert.Contains(found, e => e.Kind == EntityFinder.Phone && e.Value == "+44 20 7946 0958");
        Assert.DoesNotContain(found, e => e.Kind == EntityFinder.Phone && e.Value.Contains("88776655"));
    }

    [Fact]
    public void Masks_personal_data_wherever_text_leaves_for_logs_or_exports()
    {
        var masked = EntityFinder.Mask("order #123456 for kim@example.com, phone 13812345678, 3 items");

        Assert.Equal("order [order] for [email], phone [phone], 3 items", masked);
    }
}
