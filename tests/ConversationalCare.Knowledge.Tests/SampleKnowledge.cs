using ConversationalCare.Knowledge.Articles;
using ConversationalCare.Knowledge.Retrieval;

namespace ConversationalCare.Knowledge.Tests;

/// <summary>The demo knowledge base, loaded and indexed once for every test that only reads it.</summary>
public sealed class SampleKnowledge : IDisposable
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "samples");

    public IReadOnlyList<Article> Articles { get; } = new SampleArticleSource(Directory).Load();

    public LuceneKnowledgeSearch Search { get; }

    public SampleKnowledge() => Search = new LuceneKnowledgeSearch(Articles);

    public KnowledgeResult Ask(string question, string locale) => Search.Search(question, locale);

    public void Dispose() => Search.Dispose();
}

[CollectionDefinition(Name)]
public sealed class SampleKnowledgeCollection : ICollectionFixture<SampleKnowledge>
{
    public const string Name = "sample knowledge";
}
