using ConversationalCare.Knowledge.Import;

namespace ConversationalCare.Knowledge.Tests.Import;

public sealed class JsonImportTests : IAsyncLifetime
{
    private KnowledgeHost knowledge = null!;

    public async Task InitializeAsync() => knowledge = await KnowledgeHost.StartAsync();

    public async Task DisposeAsync() => await knowledge.DisposeAsync();

    private Task<ImportReport> Import(string json) =>
        knowledge.Importer.ImportAsync(ArticleFileFormat.Json, [new ImportSource("articles.json", json)], new ImportOptions(), "ana");

    [Fact]
    public async Task Imports_the_demo_sample_files_as_they_are()
    {
        var files = Directory.GetFiles(SampleKnowledge.Directory, "*.json").Select(f => new ImportSource(Path.GetFileName(f), File.ReadAllText(f))).ToList();

        var report = await knowledge.Importer.ImportAsync(ArticleFileFormat.Json, files, new ImportOptions(DryRun: true), "ana");

        Assert.Equal(0, report.Failed);
        Assert.Equal(new SampleKnowledge().Articles.Count, report.Created);
    }

    [Fact]
    public async Task Names_the_line_of_an_article_with_a_misspelt_field_and_keeps_the_others()
    {
        var report = await Import("""
            [
              { "key": "en-a", "locale": "en-US", "category": "Orders", "question": "A?", "answer": "A." },
              {
                "key": "en-b", "locale": "en-US", "category": "Orders", "question": "B?", "anwser": "B."
              },
              { "key": "en-c", "locale": "en-US", "category": "Orders", "question": "C?", "answer": "C." }
            ]
            """);

        Assert.Equal((2, 1), (report.Created, report.Failed));
        var error = Assert.Single(report.Errors);
        Assert.Equal((3, "en-b"), (error.Line, error.Key));
        Assert.Contains("anwser", error.Reason);
    }

    [Fact]
    public async Task Keeps_the_articles_before_the_point_where_the_file_stops_being_json()
    {
        var report = await Import("[\n{ \"key\": \"en-a\", \"locale\": \"en-US\", \"category\": \"Orders\", \"question\": \"A?\", \"answer\": \"A.\" },\n{ \"key\": \"en-b\" \"locale\": \"en-US\" }\n]");

        Assert.Equal((1, 1), (report.Created, report.Failed));
        Assert.Equal(3, report.Errors[0].Line);
    }
}
