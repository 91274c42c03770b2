using System.Text.Json;
using ConversationalCare.Bot.Evaluation;

namespace ConversationalCare.Bot.Tests.Evaluation;

/// <summary>Each command end to end on tiny hand-written sets: exit 0 and the figures as a JSON last line.</summary>
public sealed class EvaluationCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("cc-eval-").FullName;

    private const string Train = """
        text,label
        how do I reset my password,reset_password
        "forgot my password, help",reset_password
        I can't log in because I lost my password,reset_password
        where is my parcel,track_order
        "my order hasn't arrived, where is it?",track_order
        track my delivery,track_order
        I want my money back,refund
        how do I get a refund for a broken item,refund
        "refund please, the item was damaged",refund
        what is the weather today,oos
        """;

    private const string Test = """
        text,label
        "I forgot the password, how to reset it",reset_password
        where is my delivery,track_order
        can I get a refund,refund
        tell me a joke,oos
        """;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task Retrieval_reports_ranking_answering_and_latency()
    {
        var (code, json, _) = await RunAsync("retrieval", "--train", File("train.csv", Train), "--test", File("test.csv", Test));

        Assert.Equal(0, code);
        AssertKeys(json, "recallAt1", "recallAt3", "mrr", "inScopeAccuracy", "oosRecall", "accuracy", "p50Ms", "p99Ms", "n", "trainSeconds",
            "wrongAnswerRate", "clarifyRate", "answeredAccuracy");
        Assert.Equal(4, json.GetProperty("n").GetInt32());
        Assert.Equal(1.0, json.GetProperty("recallAt1").GetDouble());
    }

    [Fact]
    public async Task Retrieval_with_a_dev_split_answers_at_the_threshold_chosen_on_it()
    {
        var (code, json, _) = await RunAsync(
            "retrieval", "--train", File("train.csv", Train), "--dev", File("dev.csv", Test), "--test", File("test.csv", Test));

        Assert.Equal(0, code);
        var sweep = json.GetProperty("sweep").EnumerateArray().ToList();
        var chosen = json.GetProperty("answerThreshold").GetDouble();
        Assert.Contains(sweep, point => point.GetProperty("threshold").GetDouble() == chosen);
        Assert.True(json.GetProperty("wrongAnswerRate").GetDouble() <= ThresholdSweep.MaxWrongAnswerRate);
    }

    [Fact]
    public async Task Retrieval_without_oos_rows_reports_null_oos_recall()
    {
        var (code, json, _) = await RunAsync("retrieval", "--train", File("train.csv", Train), "--test", File("test.csv", "text,label\nwhere is my parcel,track_order\n"));

        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("oosRecall").ValueKind);
    }

    [Fact]
    public async Task Intent_reports_accuracy_f1_and_out_of_scope_figures()
    {
        var (code, json, _) = await RunAsync("intent", "--train", File("train.csv", Train), "--test", File("test.csv", Test));

        Assert.Equal(0, code);
        AssertKeys(json, "accuracy", "macroF1", "inScopeAccuracy", "oosRecall", "trainSeconds", "p99Us",
            "wrongAnswerRate", "clarifyRate", "answeredAccuracy");
    }

    [Fact]
    public async Task Emotion_reports_accuracy_and_f1_per_label()
    {
        const string emotions = """
            text,label
            this is terrible I am furious,anger
            I am so angry right now,anger
            thank you so much you were great,satisfaction
            love it thanks,satisfaction
            what time do you open,neutral
            how much is shipping,neutral
            """;
        var (code, json, _) = await RunAsync("emotion", "--train", File("train.csv", emotions), "--test", File("test.csv", emotions));

        Assert.Equal(0, code);
        AssertKeys(json, "accuracy", "macroF1", "perLabelF1", "wrongAnswerRate", "clarifyRate", "answeredAccuracy");
        Assert.True(json.GetProperty("perLabelF1").TryGetProperty("anger", out _));
    }

    [Fact]
    public async Task Emotion_reads_a_label_set_that_is_not_ours_even_when_a_message_shouts()
    {
        // Names as a Weibo emotion set spells them; shouting and swearing make the detector look for a negative label.
        const string weibo = """
            text,label
            today was lovely,happy
            so glad it worked,happy
            the shop opens at nine,neutral
            my parcel came on Tuesday,neutral
            this is so unfair I am livid,angry
            I cannot stand this service,angry
            """;
        const string shouting = """
            text,label
            WHERE IS MY PARCEL,neutral
            damn the shop opens at nine,neutral
            """;
        const string positiveOnly = """
            text,label
            today was lovely,happy
            the shop opens at nine,neutral
            where is my parcel,neutral
            """;

        var named = await RunAsync("emotion", "--train", File("weibo.csv", weibo), "--test", File("shout.csv", shouting));
        var withoutNegatives = await RunAsync("emotion", "--train", File("positive.csv", positiveOnly), "--test", File("shout.csv", shouting));

        Assert.Equal(0, named.Code);
        Assert.Equal(0.0, named.Json.GetProperty("perLabelF1").GetProperty("neutral").GetDouble());
        Assert.True(named.Json.GetProperty("perLabelF1").TryGetProperty("angry", out _));
        Assert.Equal(0, withoutNegatives.Code);
        Assert.Equal(1.0, withoutNegatives.Json.GetProperty("accuracy").GetDouble());
    }

    [Fact]
    public async Task Understanding_evaluates_the_shipped_models_skipping_empty_labels()
    {
        const string messages = """
            text,intent,emotion
            hello there,greeting,neutral
            where is my order,order_status,
            谢谢你，问题解决了,,satisfaction
            """;
        var (code, json, _) = await RunAsync("understanding", "--test", File("u.csv", messages));

        Assert.Equal(0, code);
        AssertKeys(json, "intentAccuracy", "intentMacroF1", "emotionAccuracy", "negativeF1", "p99Us",
            "wrongAnswerRate", "clarifyRate", "answeredAccuracy");
        Assert.Equal(2, json.GetProperty("intentN").GetInt32());
        Assert.Equal(2, json.GetProperty("emotionN").GetInt32());
    }

    [Theory]
    [InlineData("retrieval")]
    [InlineData("intent")]
    [InlineData("emotion")]
    public async Task A_malformed_row_exits_2_naming_its_line(string command)
    {
        var bad = File("bad.csv", "text,label\nok,a\n\"fine, quoted\",b\nbad \"quote,c\n");

        var (code, _, error) = await RunAsync(command, "--train", bad, "--test", File("test.csv", Test));

        Assert.Equal(2, code);
        Assert.Contains("line 4", error);
    }

    [Fact]
    public async Task A_bad_header_or_missing_file_exits_2()
    {
        var header = await RunAsync("understanding", "--test", File("u.csv", "text,label\nhi,greeting\n"));
        var missing = await RunAsync("intent", "--train", Path.Combine(directory, "none.csv"), "--test", "x");

        Assert.Equal(2, header.Code);
        Assert.Contains("bad header", header.Error);
        Assert.Equal(2, missing.Code);
        Assert.Contains("file not found", missing.Error);
    }

    [Fact]
    public async Task Unknown_commands_and_missing_options_exit_2_with_usage()
    {
        Assert.Equal(2, (await RunAsync("nonsense")).Code);
        var missing = await RunAsync("retrieval", "--train", "a.csv");
        Assert.Equal(2, missing.Code);
        Assert.Contains("missing --test", missing.Error);
    }

    private string File(string name, string content)
    {
        var path = Path.Combine(directory, name);
        System.IO.File.WriteAllText(path, content + "\n");
        return path;
    }

    private static async Task<(int Code, JsonElement Json, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await EvaluationCommand.RunAsync(args, output, error);
        var last = output.ToString().TrimEnd().Split('\n')[^1];
        var json = code == 0 ? JsonDocument.Parse(last).RootElement.Clone() : default;
        return (code, json, error.ToString());
    }

    private static void AssertKeys(JsonElement json, params string[] keys)
    {
        foreach (var key in keys) Assert.True(json.TryGetProperty(key, out _), $"missing '{key}' in {json}");
    }
}
