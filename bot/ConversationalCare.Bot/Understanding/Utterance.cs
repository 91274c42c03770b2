namespace ConversationalCare.Bot.Understanding;

/// <summary>A training example: an intent utterance or an emotion example, labelled, in one locale.</summary>
public sealed record Utterance(string Text, string Label, string Locale);
