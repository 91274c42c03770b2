using ConversationalCare.Knowledge.Articles;

namespace ConversationalCare.Knowledge.Tests.Articles;

public sealed class SampleArticleSourceTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("knowledge-source-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Reads_camel_case_articles_with_optional_lists_left_out()
    {
        Write("en-US.json", """
            [{ "key": "en-a", "locale": "en-US", "category": "Orders", "question": "Q?", "answer": "A.",
               "alternateQuestions": ["Q2"], "tags": ["t"], "followUps": [{ "title": "See B", "articleKey": "en-b" }] },
             { "key": "en-b", "locale": "en-US", "category": "Orders", "question": "B?", "answer": "B." }]
            """);

        var articles = new SampleArticleSource(directory).Load();

        Assert.Equal(["en-a", "en-b"], articles.Select(a => a.Key));
        Assert.Equal(new FollowUpPrompt("See B", "en-b"), Assert.Single(articles[0].FollowUps));
        Assert.Empty(articles[1].AlternateQuestions);
        Assert.Empty(articles[1].FollowUps);
    }

    [Fact]
    public void Names_the_file_and_line_when_the_json_is_malformed()
    {
        var file = Write("zh-CN.json", "[\n  { \"key\": \"zh-a\", \"locale\": \"zh-CN\",\n    \"question\" \"少了冒号\" }\n]");

        var error = Assert.Throws<InvalidDataException>(() => new SampleArticleSource(directory).Load());

        Assert.Contains(file, error.Message);
        Assert.Contains("line 3", error.Message);
    }

    [Fact]
    public void Names_the_article_and_field_when_a_required_field_is_missing()
    {
        var file = Write("en-US.json", """[{ "key": "en-a", "locale": "en-US", "category": "Orders", "question": "Q?" }]""");

        var error = Assert.Throws<InvalidDataException>(() => new SampleArticleSource(directory).Load());

        Assert.Contains(file, error.Message);
        Assert.Contains("'en-a'", error.Message);
        Assert.Contains("answer", error.Message);
    }

    [Fact]
    public void Rejects_a_misspelt_field_instead_of_dropping_its_content()
    {
        Write("en-US.json", """[{ "key": "en-a", "locale": "en-US", "category": "C", "question": "Q?", "answer": "A.", "alternateQuestion": ["x"] }]""");

        var error = Assert.Throws<InvalidDataException>(() => new SampleArticleSource(directory).Load());

        Assert.Contains("alternateQuestion", error.Message);
    }

    [Fact]
    public void Rejects_a_key_used_twice_across_files()
    {
        Write("a.json", """[{ "key": "dup", "locale": "en-US", "category": "C", "question": "Q?", "answer": "A." }]""");
        Write("b.json", """[{ "key": "dup", "locale": "zh-CN", "category": "C", "question": "问？", "answer": "答。" }]""");

        var error = Assert.Throws<InvalidDataException>(() => new SampleArticleSource(directory).Load());

        Assert.Contains("'dup'", error.Message);
        Assert.Contains("a.json", error.Message);
        Assert.Contains("b.json", error.Message);
    }

    [Fact]
    public void Rejects_a_follow_up_to_an_article_that_does_not_exist()
    {
        Write("en-US.json", """
            [{ "key": "en-a", "locale": "en-US", "category": "C", "question": "Q?", "answer": "A.",
               "followUps": [{ "title": "Gone", "articleKey": "en-missing" }] }]
            """);

        var error = Assert.Throws<InvalidDataException>(() => new SampleArticleSource(directory).Load());

        Assert.Contains("en-missing", error.Message);
    }

    [Fact]
    public void Rejects_a_file_that_is_not_an_array()
    {
        Write("en-US.json", """{ "key": "en-a" }""");

        var error = Assert.Throws<InvalidDataException>(() => new SampleArticleSource(directory).Load());

        Assert.Contains("en-US.json", error.Message);
    }

    [Fact]
    public void Says_which_directory_is_missing()
    {
        var missing = Path.Combine(directory, "nope");

        var error = Assert.Throws<DirectoryNotFoundException>(() => new SampleArticleSource(missing).Load());

        Assert.Contains(missing, error.Message);
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, json);
        return path;
    }
}
