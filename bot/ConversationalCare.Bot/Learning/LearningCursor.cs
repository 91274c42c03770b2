namespace ConversationalCare.Bot.Learning;

/// <summary>
/// How far a background reader has got through an append-only table (the last event id it finished), shared by
/// every host instance through the database so none of them starts again from the beginning.
/// </summary>
public sealed class LearningCursor
{
    private LearningCursor() { }

    public LearningCursor(string name) => Name = name;

    public string Name { get; private set; } = "";
    public long Position { get; private set; }
}
