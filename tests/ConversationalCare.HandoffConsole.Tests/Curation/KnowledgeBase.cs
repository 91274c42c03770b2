using ConversationalCare.Knowledge;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Curation;
using ConversationalCare.Knowledge.Retrieval;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ConversationalCare.HandoffConsole.Tests.Curation;

/// <summary>
/// The real knowledge module on its own temporary SQLite file with no sample articles, so the curation pages are
/// tested against the curation API the host gives them rather than a copy of its filtering.
/// </summary>
public sealed class KnowledgeBase : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string directory;

    private KnowledgeBase(string directory, IHost host, FakeTimeProvider clock)
    {
        this.directory = directory;
        Host = host;
        Clock = clock;
    }

    public IHost Host { get; }
    public FakeTimeProvider Clock { get; }
    public ArticleCuration Curation => Host.Services.GetRequiredService<ArticleCuration>();
    public IKnowledgeSearch Search => Host.Services.GetRequiredService<IKnowledgeSearch>();

    public static async Task<KnowledgeBase> StartAsync()
    {
        var directory = Directory.CreateTempSubdirectory("console-knowledge-").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        var clock = new FakeTimeProvider(Start);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConversationalCare:DataDirectory"] = directory,
            ["ConversationalCare:Knowledge:SamplesDirectory"] = Directory.CreateDirectory(Path.Combine(directory, "no-samples")).FullName,
            ["ConversationalCare:Knowledge:RefreshSeconds"] = "0",
        });
        builder.AddKnowledge();
        var host = builder.Build();
        await host.StartAsync();
        return new KnowledgeBase(directory, host, clock);
    }

    public static ArticleContent Content(string question, string answer, string category = "Orders") =>
        new(category, question, [], answer, [], [], [], []);

    /// <summary>Writes an article and walks it through the lifecycle to <paramref name="status"/>, one minute after the last change.</summary>
    public async Task<ArticleDetails> AddAsync(string key, ArticleStatus status, ArticleContent content, string locale = "en-US", string actor = "maria")
    {
        Clock.Advance(TimeSpan.FromMinutes(1));
        var article = Done(await Curation.CreateDraftAsync(key, locale, content, actor));
        if (status == ArticleStatus.Draft) return article;
        article = Done(await Curation.SubmitForReviewAsync(article.Id, article.Revision, actor));
        if (status == ArticleStatus.InReview) return article;
        article = Done(await Curation.ApproveAsync(article.Id, article.Revision, "reviewer"));
        if (status == ArticleStatus.Approved) return article;
        article = Done(await Curation.PublishAsync(article.Id, article.Revision, "reviewer"));
        if (status == ArticleStatus.Published) return article;
        return Done(await Curation.ArchiveAsync(article.Id, article.Revision, actor));
    }

    private static ArticleDetails Done(CurationResult result) =>
        result.Succeeded && result.Article is { } article ? article : throw new InvalidOperationException($"{result.Outcome}: {result.Reason}");

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
    }
}
