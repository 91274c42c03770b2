using System.Net;
using System.Text;
using System.Text.Json;
using ConversationalCare.Bot.Tests.Hosting;
using static ConversationalCare.Bot.Tests.Knowledge.Api.ContentOwnerClient;

namespace ConversationalCare.Bot.Tests.Knowledge.Api;

/// <summary>Files in and out through the authoring API: the console's formats, checks and per-row report.</summary>
public sealed class ImportExportApiTests(KnowledgeApiHost shared) : IClassFixture<KnowledgeApiHost>
{
    private readonly BotHost _host = shared.Host;

    private static MultipartFormDataContent Files(params (string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files) form.Add(new StringContent(text, Encoding.UTF8), "files", name);
        return form;
    }

    [Fact]
    public async Task Importing_a_file_with_one_bad_row_reports_that_row_and_keeps_the_good_ones_as_drafts()
    {
        using var olivia = new ContentOwnerClient(_host);
        const string csv = """
            key,locale,category,question,alternates,answer,tags
            en-api-import-socks,en-US,Products,Do you sell socks?,Any socks?,Yes: wool and cotton.,socks
            en-api-import-broken,en-US,Products,Do you sell hats?,,,hats
            en-api-import-scarves,en-US,Products,Do you sell scarves?,,Only in winter.,scarves
            """;

        var response = await olivia.Http.PostAsync("/api/knowledge/import", Files(("catalogue.csv", csv)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await BodyAsync(response);
        Assert.Equal((3, 2, 1), (report.GetProperty("total").GetInt32(), report.GetProperty("created").GetInt32(), report.GetProperty("failed").GetInt32()));
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(("catalogue.csv", 3, "en-api-import-broken"), (error.GetProperty("source").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("key").GetString()));
        Assert.Contains("An answer is required.", error.GetProperty("reason").GetString());
        Assert.Equal("draft", (await olivia.GetAsync("en-api-import-socks")).GetProperty("status").GetString());
        Assert.Equal("draft", (await olivia.GetAsync("en-api-import-scarves")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await olivia.Http.GetAsync("/api/knowledge/articles/en-api-import-broken")).StatusCode);
    }

    [Fact]
    public async Task An_import_may_not_publish_or_mix_formats()
    {
        using var olivia = new ContentOwnerClient(_host);
        const string csv = "key,locale,category,question,answer\nen-api-import-live,en-US,Store,Is it live?,Yes.\n";

        var publishing = await ProblemAsync(await olivia.Http.PostAsync("/api/knowledge/import?publish=true", Files(("live.csv", csv))), HttpStatusCode.BadRequest);
        var mixed = await ProblemAsync(await olivia.Http.PostAsync("/api/knowledge/import", Files(("a.csv", csv), ("b.json", "[]"))), HttpStatusCode.BadRequest);

        Assert.True(publishing.GetProperty("errors").TryGetProperty("publish", out _));
        Assert.Equal("Choose files of one format at a time (all CSV, all JSON or all Markdown).", mixed.GetProperty("errors").GetProperty("files")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await olivia.Http.GetAsync("/api/knowledge/articles/en-api-import-live")).StatusCode);
    }

    [Fact]
    public async Task A_dry_run_reports_without_writing()
    {
        using var olivia = new ContentOwnerClient(_host);
        const string csv = "key,locale,category,question,answer\nen-api-dry-run,en-US,Store,Is this a rehearsal?,Yes.\n";

        var report = await BodyAsync(await olivia.Http.PostAsync("/api/knowledge/import?dryRun=true", Files(("rehearsal.csv", csv))));

        Assert.True(report.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, report.GetProperty("created").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await olivia.Http.GetAsync("/api/knowledge/articles/en-api-dry-run")).StatusCode);
    }

    [Fact]
    public async Task Export_returns_the_articles_the_filter_chooses()
    {
        using var olivia = new ContentOwnerClient(_host);
        await olivia.CreateAsync("en-api-export-kites", "Do you sell kites?", "Yes, kites for all winds.", category: "Kites");

        var json = await olivia.Http.GetAsync("/api/knowledge/export?format=json&category=Kites");
        var csv = await olivia.Http.GetStringAsync("/api/knowledge/export?status=draft&text=kites");
        var refused = await ProblemAsync(await olivia.Http.GetAsync("/api/knowledge/export?format=xlsx&status=lost"), HttpStatusCode.BadRequest);

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        var exported = Assert.Single(JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.EnumerateArray());
        Assert.Equal(("en-api-export-kites", "Yes, kites for all winds."), (exported.GetProperty("key").GetString(), exported.GetProperty("answer").GetString()));
        Assert.StartsWith("key,locale,category,question,alternates,answer,tags", csv.TrimStart('\uFEFF'));
        Assert.Contains("en-api-export-kites,en-US,Kites,Do you sell kites?", csv);
        Assert.Equal(["format", "status"], refused.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }
}
