using ConversationalCare.Knowledge.Import;

namespace ConversationalCare.Knowledge.Tests.Import;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Reads_quoted_fields_with_commas_doubled_quotes_and_line_breaks()
    {
        var records = CsvRecords.Read("a,\"b, \"\"quoted\"\"\nnext line\",c\r\nd,e,f").ToList();

        Assert.Equal(["a", "b, \"quoted\"\nnext line", "c"], records[0].Fields);
        Assert.Equal((1, 3), (records[0].Line, records[1].Line));
        Assert.Equal(["d", "e", "f"], records[1].Fields);
    }

    [Fact]
    public void Skips_blank_lines_and_a_byte_order_mark_but_keeps_empty_fields()
    {
        var records = CsvRecords.Read("\uFEFFa,,\n\n,b,").ToList();

        Assert.Equal(["a", "", ""], records[0].Fields);
        Assert.Equal(["", "b", ""], records[1].Fields);
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void Reports_a_quote_that_is_never_closed_with_the_line_it_opened_on()
    {
        var record = CsvRecords.Read("a,b\nc,\"unfinished\nstill going").Last();

        Assert.Equal(2, record.Line);
        Assert.Contains("line 2", record.Error);
    }

    [Fact]
    public void Reports_text_after_a_closing_quote_and_reads_on_from_the_next_line()
    {
        var records = CsvRecords.Read("\"a\"b,c\nd,e").ToList();

        Assert.NotNull(records[0].Error);
        Assert.Equal(["d", "e"], records[1].Fields);
    }

    [Fact]
    public void Writes_what_it_reads()
    {
        string[] fields = ["plain", "with, comma", "with \"quotes\"", "two\nlines", " padded ", ""];
        var writer = new StringWriter();

        CsvRecords.Write(writer, fields);

        Assert.Equal(fields, Assert.Single(CsvRecords.Read(writer.ToString())).Fields);
    }
}
