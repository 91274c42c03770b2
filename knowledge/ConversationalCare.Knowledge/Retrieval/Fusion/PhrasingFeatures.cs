namespace ConversationalCare.Knowledge.Retrieval.Fusion;

/// <summary>What the article classifier reads of a phrasing or question: the analyzer's terms and its Chinese words, each space-separated.</summary>
internal sealed record PhrasingFeatures(string Terms, string Words);
