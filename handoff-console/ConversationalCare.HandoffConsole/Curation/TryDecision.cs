namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>What the bot does with a knowledge result: answer, ask the customer to choose, or say it cannot help.</summary>
public enum TryDecision { Answer, Clarify, Fallback }
