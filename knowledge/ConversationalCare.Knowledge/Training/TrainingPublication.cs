namespace ConversationalCare.Knowledge.Training;

/// <summary>
/// One publish of one kind's pending changes: who, when, how many phrases came and went. Its id is the training
/// version every host instance compares with the version its model was trained from.
/// </summary>
public sealed class TrainingPublication
{
    private TrainingPublication() { }

    internal TrainingPublication(TrainingKind kind, string actor, DateTimeOffset at)
    {
        Kind = kind;
        Actor = actor;
        At = at;
    }

    public long Id { get; private set; }
    public TrainingKind Kind { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTimeOffset At { get; private set; }
    public int Added { get; private set; }
    public int Removed { get; private set; }

    internal void Count(int added, int removed) => (Added, Removed) = (added, removed);
}
