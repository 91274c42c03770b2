namespace ConversationalCare.Knowledge.Import;

internal enum RowOutcome { Created, Updated, Unchanged, Failed }

internal sealed record RowResult(RowOutcome Outcome, bool LiveChanged = false, string? Error = null)
{
    public static RowResult Failed(string error) => new(RowOutcome.Failed, Error: error);
}

/// <summary>Running counts of an import, for progress reports and the final report.</summary>
internal sealed class ImportTally(int total)
{
    private readonly List<ImportError> errors = [];
    private int processed, created, updated, unchanged;

    public ImportProgress Progress => new(processed, total, created, updated, unchanged, errors.Count);

    public void Add(ImportRow row, RowResult result)
    {
        processed++;
        switch (result.Outcome)
        {
            case RowOutcome.Created: created++; break;
            case RowOutcome.Updated: updated++; break;
            case RowOutcome.Unchanged: unchanged++; break;
            default: errors.Add(new ImportError(row.Source, row.Line, row.Key is { Length: > 0 } key ? key : null, result.Error!)); break;
        }
    }

    public ImportReport Report(bool dryRun) => new(dryRun, total, created, updated, unchanged, errors.Count, errors);
}
