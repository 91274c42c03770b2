namespace ConversationalCare.Bot.Understanding;

/// <summary>
/// Port: where the models learn from. The shipped CSVs today; the database that content owners edit next, which
/// then calls Retrain on publish.
/// </summary>
public interface IUtteranceSource
{
    Task<IReadOnlyList<Utterance>> IntentUtterancesAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Utterance>> EmotionExamplesAsync(CancellationToken cancellationToken);
}
