using ConversationalCare.Bot.Evaluation;

namespace ConversationalCare.Bot.Tests.Evaluation;

public class EvaluationCsvTests
{
    private static CsvReadResult Read(string text, params string[] columns) =>
        EvaluationCsv.Read(new StringReader(text), columns.Length == 0 ? ["text", "label"] : columns);

    [Fact]
    public void Reads_quoted_commas_quotes_line_breaks_and_chinese()
    {
        var csv = Read("\uFEFFtext,label\r\n\"a, \"\"b\"\"\nc\",x\r\n你好，在吗,greeting\n");

        Assert.Null(csv.Error);
        Assert.Equal(["a, \"b\"\nc", "你好，在吗"], csv.Rows.Select(r => r["text"]));
        Assert.Equal([2, 4], csv.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("text,label\nok,a\n\"multi\nline\",b\nbad \"quote,c\n", "line 5")]
    [InlineData("text,label\nok,a\none,two,three\n", "line 3: expected 2 fields, found 3")]
    [InlineData("text,label\nok,a\n\"open,b\n", "line 3: unterminated")]
    [InlineData("text,label\n,a\n", "line 2: empty text")]
    [InlineData("words,label\nok,a\n", "bad header")]
    [InlineData("", "empty file")]
    public void Names_what_is_wrong_and_where(string text, string expected)
    {
        var csv = Read(text);

        Assert.NotNull(csv.Error);
        Assert.Contains(expected, csv.Error);
    }

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var csv = EvaluationCsv.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv"), ["text", "label"]);

        Assert.Contains("file not found", csv.Error);
    }
}
