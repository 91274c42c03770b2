using System.Text;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Import;

namespace ConversationalCare.Knowledge.Tests.Import;

public sealed class CsvImportTests : IAsyncLifetime
{
    private const string Header = "key,locale,category,question,alternates,answer,tags\n";
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync();

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    private Task<ImportReport> Import(string csv, ImportOptions? options = null, IProgress<ImportProgress>? progress = null) =>
        knowledge.Importer.ImportAsync(ArticleFileFormat.Csv, [new ImportSource("articles.csv", csv)], options ?? new(), "ana", progress);

    [Fact]
    public async Task Keeps_the_good_rows_and_reports_the_bad_one_with_its_line()
    {
        var report = await Import(Header +
            "en-gift-wrap,en-US,Orders,Do you offer gift wrapping?,Can you wrap my order?|Is wrapping free?,\"Yes:\n\n1. Add the item\n2. Choose **Gift wrap**\",gift|wrapping\n" +
            "en-parking,en-US,Stores,,,Free parking behind the store.,parking\n" +
            "en-returns-window,en-US,Returns,How long do I have to return something?,,\"30 days, counted from delivery.\",returns\n");

        Assert.Equal((2, 0, 1), (report.Created, report.Updated, report.Failed));
        var error = Assert.Single(report.Errors);
        Assert.Equal(("articles.csv", 6, "en-parking"), (error.Source, error.Line, error.Key));
        Assert.Contains("question", error.Reason);
        var giftWrap = (await knowledge.Curation.GetAsync("en-gift-wrap"))!;
        Assert.Equal(["Can you wrap my order?", "Is wrapping free?"], giftWrap.Content.AlternateQuestions);
        Assert.Equal("Yes:\n\n1. Add the item\n2. Choose **Gift wrap**", giftWrap.Content.Answer);
        Assert.Equal((ArticleStatus.Draft, AuditAction.Imported), (giftWrap.Status, giftWrap.Audit[0].Action));
    }

    [Fact]
    public async Task Writes_nothing_on_a_dry_run_but_says_what_would_happen()
    {
        await Import(Header + "en-parking,en-US,Stores,Where can I park?,,Behind the store.,parking\n");

        var report = await Import(Header +
            "en-parking,en-US,Stores,Where can I park?,,Behind the store.,parking\n" +
            "en-parking-fee,en-US,Stores,Is parking free?,,Yes for two hours.,parking\n" +
            "en-gift-wrap,en-US,Orders,Do you gift wrap?,,Yes.,gift\n" +
            "EN-PARKING-FEE,en-US,Stores,Is parking free?,,Yes.,\n", new ImportOptions(DryRun: true));

        Assert.Equal((true, 2, 0, 1, 1), (report.DryRun, report.Created, report.Updated, report.Unchanged, report.Failed));
        Assert.Contains("line 3", report.Errors[0].Reason);
        Assert.Equal(1, (await knowledge.Curation.ListAsync(ArticleFilter.All)).Total);
    }

    [Fact]
    public async Task Updates_existing_articles_by_key_and_leaves_identical_ones_alone()
    {
        await Import(Header + "en-parking,en-US,Stores,Where can I park?,,Behind the store.,parking\nen-gift-wrap,en-US,Orders,Do you gift wrap?,,Yes.,gift\n");
        var before = (await knowledge.Curation.GetAsync("en-gift-wrap"))!;

        var report = await Import(Header + "en-parking,en-US,Stores,Where can I park?,,Level 2 of the car park.,parking\nen-gift-wrap,en-US,Orders,Do you gift wrap?,,Yes.,gift\n");

        Assert.Equal((0, 1, 1), (report.Created, report.Updated, report.Unchanged));
        Assert.Equal("Level 2 of the car park.", (await knowledge.Curation.GetAsync("en-parking"))!.Content.Answer);
        Assert.Equal(before.Revision, (await knowledge.Curation.GetAsync("en-gift-wrap"))!.Revision);
    }

    [Fact]
    public async Task Publishes_imported_articles_straight_to_the_bot_when_asked()
    {
        var report = await Import(Header + "en-parking,en-US,Stores,Where can I park at the store?,Is there a car park?,Free parking behind the store.,parking\n",
            new ImportOptions(Publish: true));

        Assert.Equal(1, report.Created);
        Assert.Equal("en-parking", (await knowledge.Ask("is there a car park")).Best?.Article.Key);
    }

    [Fact]
    public async Task Imports_a_thousand_rows_in_batches_reporting_progress_as_it_goes()
    {
        var csv = new StringBuilder(Header);
        for (var i = 0; i < 1000; i++)
            csv.Append($"en-faq-{i:0000},en-US,Bulk,\"Question number {i}, about product {i % 37}?\",Alt {i} one|Alt {i} two,\"Answer {i}.\nSee **section {i % 12}**.\",bulk|n{i % 7}\n");
        var reports = new List<ImportProgress>();

        var report = await Import(csv.ToString(), new ImportOptions(BatchSize: 250), new SynchronousProgress(reports.Add));

        Assert.Equal((1000, 0), (report.Created, report.Failed));
        Assert.Equal([0, 250, 500, 750, 1000], reports.Select(p => p.Processed));
        Assert.All(reports, p => Assert.Equal(1000, p.Total));
        Assert.Equal(1.0, reports[^1].Fraction);
        Assert.Equal(1000, (await knowledge.Curation.ListAsync(new ArticleFilter(Category: "Bulk"))).Total);
    }

    [Fact]
    public async Task Refuses_a_file_whose_header_it_does_not_understand()
    {
        var report = await Import("id,language,title\n1,en,Hello\n");

        var error = Assert.Single(report.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("Unknown column 'id'", error.Reason);
    }

    [Fact]
    public async Task Refuses_to_move_an_article_to_another_locale()
    {
        await Import(Header + "parking,en-US,Stores,Where can I park?,,Behind the store.,\n");

        var report = await Import(Header + "parking,zh-CN,门店,在哪里停车？,,店后有免费停车场。,\n");

        Assert.Contains("already a en-US article", Assert.Single(report.Errors).Reason);
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test wants every report, in order.</summary>
    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
