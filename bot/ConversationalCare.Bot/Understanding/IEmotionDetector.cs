namespace ConversationalCare.Bot.Understanding;

/// <summary>Port: how the customer feels in one message.</summary>
public interface IEmotionDetector
{
    EmotionReading Detect(string text, string locale);
}
