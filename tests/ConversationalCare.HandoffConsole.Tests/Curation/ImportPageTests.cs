using Bunit;
using ConversationalCare.HandoffConsole.Curation;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Import;
using Microsoft.AspNetCore.Components.Forms;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

public class ImportPageTests : CurationPageContext
{
    private const string Csv = """
        key,locale,category,question,alternates,answer,tags
        en-gift-cards,en-US,Payments,Can I pay with a gift card?,Do you take vouchers?,Yes: enter the code at checkout.,payments
        en-broken,en-US,Payments,,,An answer without its question.,
        en-parking,en-US,Stores,Where can I park?,Is there a car park?,Behind the store.,stores
        """;

    private IRenderedComponent<ImportPage> Upload(InputFileContent file, bool dryRun)
    {
        var page = Render<ImportPage>();
        page.FindComponent<InputFile>().UploadFiles(file);
        Eventually(page, () => page.Find("[data-testid=chosen-files]"));
        page.Find(dryRun ? "[data-testid=mode-dry-run]" : "[data-testid=mode-import]").Change(true);
        page.Find("form.import-form").Submit();
        Eventually(page, () => page.Find("[data-testid=import-report]"));
        return page;
    }

    [Fact]
    public async Task Imports_the_good_rows_and_lists_each_bad_row_with_its_line_and_reason()
    {
        var page = Upload(InputFileContent.CreateFromText(Csv, "articles.csv"), dryRun: false);

        Assert.Equal("2", page.Find("[data-testid=tally-created]").TextContent);
        Assert.Equal("1", page.Find("[data-testid=tally-failed]").TextContent);
        var error = Assert.Single(page.FindAll("[data-testid=import-error]"));
        Assert.Equal("3", error.GetAttribute("data-line"));
        Assert.Contains("en-broken", error.TextContent);
        Assert.Contains("question", error.QuerySelector(".reason")!.TextContent);
        Assert.Contains("3 of 3 rows", page.Find("[data-testid=progress-count]").TextContent);
        Assert.Equal("3", page.Find("progress").GetAttribute("value"));

        var imported = await Knowledge.Curation.ListAsync(ArticleFilter.All);
        Assert.Equal(["en-gift-cards", "en-parking"], imported.Items.Select(a => a.Key).Order());
        Assert.All(imported.Items, a => Assert.Equal(ArticleStatus.Draft, a.Status));
        Assert.All(imported.Items, a => Assert.Equal(Editor, a.UpdatedBy));
    }

    [Fact]
    public async Task A_dry_run_reports_what_would_change_and_writes_nothing()
    {
        var page = Upload(InputFileContent.CreateFromText(Csv, "articles.csv"), dryRun: true);

        Assert.Contains("Dry run", page.Find("#report-heading").TextContent);
        Assert.Equal("2", page.Find("[data-testid=tally-created]").TextContent);
        Assert.Single(page.FindAll("[data-testid=import-error]"));
        Assert.Equal(0, (await Knowledge.Curation.ListAsync(ArticleFilter.All)).Total);
    }

    [Fact]
    public async Task Publishing_on_import_makes_the_articles_answerable_at_once()
    {
        var page = Render<ImportPage>();
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Csv, "articles.csv"));
        Eventually(page, () => page.Find("[data-testid=chosen-files]"));
        page.Find("[data-testid=mode-import]").Change(true);
        page.Find("[data-testid=publish]").Change(true);
        page.Find("form.import-form").Submit();
        Eventually(page, () => page.Find("[data-testid=import-report]"));

        var found = await Knowledge.Search.SearchAsync("do you take vouchers", "en-US", 1);
        Assert.Equal("en-gift-cards", found.Best?.Article.Key);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_with_a_clear_message()
    {
        var page = Render<ImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[ImportFiles.MaxFileBytes + 1], "huge.csv"));

        Eventually(page, () => Assert.Contains("files up to 5 MB can be imported", page.Find("[data-testid=file-problem]").TextContent));
        Assert.True(page.Find("[data-testid=start-import]").HasAttribute("disabled"));
    }

    [Fact]
    public void Refuses_a_file_it_cannot_read()
    {
        var page = Render<ImportPage>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("hello", "notes.txt"));

        Eventually(page, () => Assert.Contains("“notes.txt” is not a .csv, .json or .md file", page.Find("[data-testid=file-problem]").TextContent));
    }
}
