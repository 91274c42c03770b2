using System.Text;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Import;

namespace ConversationalCare.Knowledge.Tests.Import;

public sealed class ExportTests : IAsyncLifetime
{
    private KnowledgeHost source = null!;

    public async Task InitializeAsync() => source = await KnowledgeHost.StartAsync(SampleKnowledge.Directory);

    public async Task DisposeAsync() => await source.DisposeAsync();

    private async Task<string> Export(ArticleFileFormat format, ArticleFilter? filter = null)
    {
        using var output = new MemoryStream();
        await source.Exporter.ExportAsync(format, filter ?? ArticleFilter.All, output);
        return Encoding.UTF8.GetString(output.ToArray()).TrimStart('\uFEFF');
    }

    private static async Task<IReadOnlyList<(string Key, string Locale, ArticleContent Content)>> Everything(KnowledgeHost host)
    {
        var list = new List<(string, string, ArticleContent)>();
        foreach (var summary in (await host.Curation.ListAsync(ArticleFilter.All, take: 500)).Items.OrderBy(a => a.Key))
            list.Add((summary.Key, summary.Locale, (await host.Curation.GetAsync(summary.Id))!.Content));
        return list;
    }

    [Fact]
    public async Task Json_export_imports_into_an_empty_knowledge_base_unchanged()
    {
        var json = await Export(ArticleFileFormat.Json);
        await using var target = await KnowledgeHost.StartAsync();

        var report = await target.Importer.ImportAsync(ArticleFileFormat.Json, [new ImportSource("export.json", json)], new ImportOptions(), "ana");

        Assert.Equal(0, report.Failed);
        Assert.Equal(await Everything(source), await Everything(target));
    }

    [Fact]
    public async Task Csv_export_imports_back_with_every_field_the_csv_carries()
    {
        var csv = await Export(ArticleFileFormat.Csv);
        await using var target = await KnowledgeHost.StartAsync();

        var report = await target.Importer.ImportAsync(ArticleFileFormat.Csv, [new ImportSource("export.csv", csv)], new ImportOptions(), "ana");

        Assert.Equal(0, report.Failed);
        Assert.Equal(
            (await Everything(source)).Select(a => (a.Key, a.Locale, a.Content with { FollowUps = [] })),
            await Everything(target));
    }

    [Fact]
    public async Task Re_importing_an_export_into_the_same_knowledge_base_changes_nothing()
    {
        var csv = await Export(ArticleFileFormat.Csv);

        var report = await source.Importer.ImportAsync(ArticleFileFormat.Csv, [new ImportSource("export.csv", csv)], new ImportOptions(), "ana");

        Assert.Equal((0, 0, 0), (report.Created, report.Updated, report.Failed));
        Assert.Equal(report.Total, report.Unchanged);
    }

    [Fact]
    public async Task Exports_only_what_the_filter_selects_with_the_documented_header()
    {
        var csv = await Export(ArticleFileFormat.Csv, new ArticleFilter(Locale: "zh-CN", Text: "密码"));

        var lines = csv.Split("\r\n");
        Assert.Equal("key,locale,category,question,alternates,answer,tags", lines[0]);
        Assert.Contains(",zh-CN,", csv);
        Assert.DoesNotContain(",en-US,", csv);
    }
}
