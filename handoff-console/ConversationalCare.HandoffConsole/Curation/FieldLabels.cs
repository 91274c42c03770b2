namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>The names editors see for the article fields the curation API reports on (errors, diffs, history).</summary>
internal static class FieldLabels
{
    public static string Of(string field) => field switch
    {
        "key" => "Key",
        "locale" => "Locale",
        "category" => "Category",
        "question" => "Question",
        "alternateQuestions" => "Alternate questions",
        "answer" => "Answer",
        "tags" => "Tags",
        "followUps" => "Follow-up prompts",
        "products" => "Products",
        "channels" => "Channels",
        _ => field,
    };
}
