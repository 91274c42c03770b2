namespace ConversationalCare.Knowledge.Training;

/// <summary>Which of the bot's two models a phrase teaches.</summary>
public enum TrainingKind { Intent, Emotion }

/// <summary>
/// Where a phrase stands. The bot learns from Published and RemovalPending phrases (a removal only takes effect when
/// it is published); Removed phrases stay as history.
/// </summary>
public enum PhraseState { Draft, Published, RemovalPending, Removed }
