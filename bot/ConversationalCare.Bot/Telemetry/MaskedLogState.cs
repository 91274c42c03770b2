using System.Collections;
using ConversationalCare.Bot.Handoff.Context;

namespace ConversationalCare.Bot.Telemetry;

/// <summary>
/// A log entry's values and message with personal data masked. Only text values are masked (a date or a number is
/// never a customer's), and the message keeps the template's wording with those values swapped for their masks.
/// </summary>
internal sealed class MaskedLogState(IReadOnlyList<KeyValuePair<string, object?>> values, string message)
    : IReadOnlyList<KeyValuePair<string, object?>>
{
    private const string Template = "{OriginalFormat}";

    public static readonly Func<MaskedLogState, Exception?, string> Format = (state, _) => state.ToString();

    /// <summary>Null when nothing needed masking, so the usual entry goes through untouched and unallocated.</summary>
    public static MaskedLogState? Of<TState>(TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (state is not IReadOnlyList<KeyValuePair<string, object?>> values)
        {
            var text = formatter(state, exception);
            var maskedText = EntityFinder.Mask(text);
            return ReferenceEquals(text, maskedText) || text == maskedText ? null : new MaskedLogState([], maskedText);
        }
        KeyValuePair<string, object?>[]? masked = null;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { Value: string original } pair || pair.Key == Template) continue;
            var replaced = EntityFinder.Mask(original);
            if (replaced == original) continue;
            masked ??= values.ToArray();
            masked[i] = new(pair.Key, replaced);
        }
        if (masked is null) return null;
        var message = formatter(state, exception);
        for (var i = 0; i < masked.Length; i++)
            if (values[i].Value is string original && !ReferenceEquals(original, masked[i].Value) && original.Length > 0)
                message = message.Replace(original, (string)masked[i].Value!, StringComparison.Ordinal);
        return new MaskedLogState(masked, message);
    }

    public KeyValuePair<string, object?> this[int index] => values[index];

    public int Count => values.Count;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => message;
}
