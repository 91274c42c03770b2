using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests.Retrieval;

public sealed class RebuildTests
{
    private static Article Article(string key, string question, string answer) =>
        new(key, "en-US", "Test", question, [], answer, [], []);

    private static readonly Article Parking = Article("en-parking", "Where can I park at the store?", "Free parking behind the store.");
    private static readonly Article Gifts = Article("en-gift-wrap", "Do you offer gift wrapping?", "Yes, choose gift wrap at checkout.");

    [Fact]
    public void Publishes_new_articles_and_forgets_removed_ones()
    {
        using var search = new LuceneKnowledgeSearch([Parking]);

        search.Rebuild([Gifts]);

        Assert.Equal("en-gift-wrap", search.Search("can you wrap my present as a gift", "en-US").Best?.Article.Key);
        Assert.Equal(AnswerConfidence.None, search.Search("where do I park", "en-US").Confidence);
    }

    [Fact]
    public void Keeps_the_catalog_in_step_with_the_index()
    {
        using var search = new LuceneKnowledgeSearch([Parking]);
        IArticleCatalog catalog = search;

        search.Rebuild([Gifts, Parking with { Answer = "Parking moved to Level 2." }]);

        Assert.Equal(2, catalog.All.Count);
        Assert.Equal("Parking moved to Level 2.", catalog.Find("en-parking")?.Answer);
        Assert.Null(catalog.Find("en-missing"));
    }

    [Fact]
    public void Rejects_duplicate_keys_and_keeps_serving_the_previous_articles()
    {
        using var search = new LuceneKnowledgeSearch([Parking]);

        Assert.Throws<ArgumentException>(() => search.Rebuild([Gifts, Gifts]));

        Assert.Equal("en-parking", search.Search("where can I park", "en-US").Best?.Article.Key);
    }

    [Fact]
    public void Answers_nothing_from_an_empty_knowledge_base()
    {
        using var search = new LuceneKnowledgeSearch([]);

        var result = search.Search("refund", "en-US");

        Assert.Empty(result.Candidates);
        Assert.Equal(AnswerConfidence.None, result.Confidence);
    }

    [Fact]
    public async Task Serves_concurrent_searches_while_articles_are_republished()
    {
        var knowledgeBase = new SampleArticleSource(SampleKnowledge.Directory).Load();
        using var search = new LuceneKnowledgeSearch(knowledgeBase);
        var keys = knowledgeBase.Select(a => a.Key).Append(Parking.Key).ToHashSet();
        const int Rebuilds = 10;
        var published = 0;

        // Dedicated threads: on a busy thread pool the readers might not start before publishing ends.
        var publisher = Task.Factory.StartNew(() =>
        {
            for (var i = 0; i < Rebuilds; i++, Interlocked.Increment(ref published))
                search.Rebuild(i % 2 == 0 ? knowledgeBase.Append(Parking) : knowledgeBase);
        }, TaskCreationOptions.LongRunning);
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Factory.StartNew(() =>
        {
            var searches = 0;
            while (Volatile.Read(ref published) < Rebuilds || searches < 100)
            {
                var result = search.Search(searches++ % 2 == 0 ? "where is my parcel" : "退款什么时候到账", "en-US");
                Assert.NotNull(result.Best);
                Assert.Contains(result.Best.Article.Key, keys);
            }
        }, TaskCreationOptions.LongRunning)).ToList();

        await publisher;
        await Task.WhenAll(readers);
    }

    [Fact]
    public void Refuses_work_once_disposed()
    {
        var search = new LuceneKnowledgeSearch([Parking]);
        search.Dispose();

        Assert.Throws<ObjectDisposedException>(() => search.Search("parking", "en-US"));
        Assert.Throws<ObjectDisposedException>(() => search.Rebuild([Gifts]));
    }
}
