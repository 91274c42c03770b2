using System.Diagnostics;
using System.Net;
using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;
using ConversationalCare.Knowledge.Retrieval.Fusion;

namespace ConversationalCare.Knowledge.Tests.Retrieval.Fusion;

public sealed class EmbeddingFusionTests
{
    private static Article Article(string key, string question) => new(key, "en-US", "Test", question, [], "See the store page.", [], []);

    private static readonly Article[] Articles =
    [
        Article("en-parking", "Where can I park at the store?"),
        Article("en-gift-wrap", "Do you offer gift wrapping?"),
        Article("en-opening-hours", "When does the store open?"),
        Article("en-returns", "How do I return an item?"),
    ];

    private const string Unworded = "somewhere to leave my vehicle during shopping";

    private static LuceneKnowledgeSearch SearchWith(FakeEmbeddingServer server, int queryTimeoutMilliseconds = 2000)
    {
        var options = new KnowledgeOptions
        {
            Embeddings = new() { Endpoint = server.Endpoint, ModelId = "fake-embedding", ApiKey = "test", QueryTimeoutMilliseconds = queryTimeoutMilliseconds },
        };
        return new LuceneKnowledgeSearch(Articles, options, KnowledgeSearchFactory.FromOptions(options.Embeddings));
    }

    [Fact]
    public async Task Finds_an_article_by_meaning_when_an_embedding_endpoint_is_configured()
    {
        await using var server = await FakeEmbeddingServer.StartAsync();
        using var search = SearchWith(server);

        var localOnly = search.Search(Unworded, "en-US");
        var withVectors = await search.SearchAsync(Unworded, "en-US");

        Assert.Equal("en-parking", withVectors.Best?.Article.Key);
        Assert.True(withVectors.Best!.Score > (localOnly.Best?.Score ?? 0), $"{withVectors.Best.Score} vs {localOnly.Best?.Score}");
    }

    [Fact]
    public async Task Asks_the_endpoint_once_for_a_repeated_question()
    {
        await using var server = await FakeEmbeddingServer.StartAsync();
        using var search = SearchWith(server);
        var afterRebuild = server.Requests;

        await search.SearchAsync(Unworded, "en-US");
        await search.SearchAsync(Unworded, "en-US");

        Assert.Equal(afterRebuild + 1, server.Requests);
    }

    [Fact]
    public async Task Answers_from_local_signals_when_the_endpoint_fails()
    {
        await using var server = await FakeEmbeddingServer.StartAsync();
        using var search = SearchWith(server);
        server.Failure = HttpStatusCode.InternalServerError;

        var result = await search.SearchAsync("where can I park", "en-US");

        Assert.Equal("en-parking", result.Best?.Article.Key);
        var localOnly = search.Search("where can I park", "en-US");
        Assert.Equal(localOnly.Candidates.Select(c => (c.Article.Key, c.Score)), result.Candidates.Select(c => (c.Article.Key, c.Score)));
    }

    [Fact]
    public async Task Stops_waiting_for_a_slow_endpoint_after_the_query_timeout()
    {
        await using var server = await FakeEmbeddingServer.StartAsync();
        using var search = SearchWith(server, queryTimeoutMilliseconds: 200);
        server.Delay = TimeSpan.FromSeconds(10);

        var started = Stopwatch.GetTimestamp();
        var result = await search.SearchAsync("do you wrap presents", "en-US");

        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(3));
        Assert.Equal("en-gift-wrap", result.Best?.Article.Key);
    }

    [Fact]
    public async Task Searches_without_vectors_when_the_endpoint_is_down_at_rebuild()
    {
        await using var server = await FakeEmbeddingServer.StartAsync();
        server.Failure = HttpStatusCode.ServiceUnavailable;
        using var search = SearchWith(server);

        var result = await search.SearchAsync("where can I park", "en-US");

        Assert.Equal("en-parking", result.Best?.Article.Key);
    }
}
