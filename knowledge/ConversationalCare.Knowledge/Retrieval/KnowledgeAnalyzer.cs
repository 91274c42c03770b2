using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// One analyzer for both languages because customers mix them in one message ("我的order在哪"):
/// Latin words are stop-filtered and Porter-stemmed, Han characters become overlapping bigrams plus unigrams
/// (unigrams let 快递到哪 still meet 快递在哪里 when the bigrams differ).
/// </summary>
internal sealed class KnowledgeAnalyzer : Analyzer
{
    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new MappingCharFilter(FillerWords.Chinese, reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, stream);
        stream = new StopFilter(LuceneVersion.LUCENE_48, stream, FillerWords.English);
        stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams: true);
        stream = new PorterStemFilter(stream);
        stream = new DomainSynonyms(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The distinct terms of a text, in order of first appearance.</summary>
    public IReadOnlyList<string> Terms(string text, int limit = int.MaxValue)
    {
        var terms = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var stream = GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (terms.Count < limit && stream.IncrementToken())
        {
            var value = term.ToString();
            if (seen.Add(value)) terms.Add(value);
        }
        stream.End();
        return terms;
    }
}
