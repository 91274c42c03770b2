namespace ConversationalCare.Knowledge.Articles;

/// <summary>Published articles by key: what a follow-up button or a "did you mean" choice leads to.</summary>
public interface IArticleCatalog
{
    Article? Find(string key);
    IReadOnlyList<Article> All { get; }
}
