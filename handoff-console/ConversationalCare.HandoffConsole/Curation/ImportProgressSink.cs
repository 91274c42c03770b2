using ConversationalCare.Knowledge.Import;

namespace ConversationalCare.HandoffConsole.Curation;

/// <summary>Passes each of the importer's reports on as it happens (unlike <see cref="Progress{T}"/>, which queues them).</summary>
internal sealed class ImportProgressSink(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
