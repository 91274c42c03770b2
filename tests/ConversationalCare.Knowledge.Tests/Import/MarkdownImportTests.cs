using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Import;

namespace ConversationalCare.Knowledge.Tests.Import;

public sealed class MarkdownImportTests : IAsyncLifetime
{
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync();

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    private Task<ImportReport> Import(params ImportSource[] files) =>
        knowledge.Importer.ImportAsync(ArticleFileFormat.Markdown, files, new ImportOptions(), "ana");

    [Fact]
    public async Task Reads_the_front_matter_the_question_heading_and_the_answer()
    {
        var report = await Import(new ImportSource("gift-wrap.md", """
            ---
            key: en-gift-wrap
            locale: en-US
            category: Orders
            tags: [gift, "wrapping, paper"]
            alternates:
              - Can you wrap my order as a present?
              - "Is gift wrap: free?"
            followUps:
              - Delivery times -> en-delivery-times
            products: Lumen Lamp
            ---

            # Do you offer gift wrapping?

            Yes. At checkout:

            1. Tick **Gift wrap**.
            2. Add a [card message](https://lumen.example/cards).
            """));

        Assert.Equal(1, report.Created);
        var content = (await knowledge.Curation.GetAsync("en-gift-wrap"))!.Content;
        Assert.Equal(("Orders", "Do you offer gift wrapping?"), (content.Category, content.Question));
        Assert.Equal(["gift", "wrapping, paper"], content.Tags);
        Assert.Equal(["Can you wrap my order as a present?", "Is gift wrap: free?"], content.AlternateQuestions);
        Assert.Equal("Yes. At checkout:\n\n1. Tick **Gift wrap**.\n2. Add a [card message](https://lumen.example/cards).", content.Answer);
        Assert.Equal([new FollowUpPrompt("Delivery times", "en-delivery-times")], content.FollowUps);
        Assert.Equal(["Lumen Lamp"], content.Products);
    }

    [Fact]
    public async Task Reports_each_broken_file_by_name_and_line_and_imports_the_rest()
    {
        var report = await Import(
            new ImportSource("no-heading.md", "---\nkey: en-a\nlocale: en-US\ncategory: Orders\n---\n\nJust an answer without a question.\n"),
            new ImportSource("typo.md", "---\nkey: en-b\nlocale: en-US\ncategory Orders\n---\n# Q?\nA.\n"),
            new ImportSource("good.md", "---\nkey: en-c\nlocale: en-US\ncategory: Orders\n---\n# Where is my parcel?\nTrack it under **Orders**.\n"));

        Assert.Equal((1, 2), (report.Created, report.Failed));
        Assert.Equal([("no-heading.md", 7), ("typo.md", 4)], report.Errors.Select(e => (e.Source, e.Line)));
        Assert.Contains("'# ' heading", report.Errors[0].Reason);
        Assert.Contains("name: value", report.Errors[1].Reason);
    }

    [Fact]
    public async Task Refuses_front_matter_it_does_not_know_rather_than_dropping_it()
    {
        var report = await Import(new ImportSource("a.md", "---\nkey: en-a\nlocale: en-US\ncategory: Orders\nauthor: Ana\n---\n# Q?\nA.\n"));

        Assert.Contains("Unknown front matter 'author'", Assert.Single(report.Errors).Reason);
    }
}
