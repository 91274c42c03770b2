using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ConversationalCare.Knowledge.Retrieval;

/// <summary>
/// Words customers use interchangeably for one thing in this shop, folded to one stem after stemming so
/// "payment options" meets "payment methods". Kept short on purpose: a synonym that is only sometimes
/// right would merge articles that should stay apart.
/// </summary>
internal sealed class DomainSynonyms(TokenStream input) : TokenFilter(input)
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.Ordinal)
    {
        ["packag"] = "parcel", ["shipment"] = "parcel",
        ["forget"] = "forgot", ["rememb"] = "forgot", ["recal"] = "forgot",
        ["colour"] = "color",
        ["option"] = "method",
        ["broke"] = "broken", ["crack"] = "broken", ["smash"] = "broken", ["shatter"] = "broken",
        ["delet"] = "remov", ["eras"] = "remov",
        ["telephon"] = "phone",
        ["televis"] = "tv",
        ["e-mail"] = "email",
        ["registr"] = "regist",
        ["monthli"] = "month",
        ["speak"] = "talk",
        ["human"] = "person", ["agent"] = "person", ["someon"] = "person",
    };

    private readonly ICharTermAttribute term = input.AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (Canonical.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term.Buffer.AsSpan(0, term.Length), out var canonical))
            term.SetEmpty().Append(canonical);
        return true;
    }
}
