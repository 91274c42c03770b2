namespace ConversationalCare.Knowledge.Training;

internal static class TrainingMapping
{
    public static PhraseView ToView(this TrainingPhrase phrase) =>
        new(phrase.Id, phrase.Kind, phrase.Label, phrase.Locale, phrase.Text, phrase.State, phrase.CreatedBy, phrase.CreatedAt);

    public static PublicationInfo ToInfo(this TrainingPublication publication) =>
        new(publication.Id, publication.Actor, publication.At, publication.Added, publication.Removed);
}
