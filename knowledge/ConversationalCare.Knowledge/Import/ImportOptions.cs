namespace ConversationalCare.Knowledge.Import;

/// <param name="DryRun">Report what would be created, updated or left alone, and every bad row, without writing anything.</param>
/// <param name="Publish">Publish imported articles straight away (no review); otherwise new and changed ones wait as drafts.</param>
/// <param name="BatchSize">Rows written per transaction: big enough to be quick, small enough to report progress often.</param>
public sealed record ImportOptions(bool DryRun = false, bool Publish = false, int BatchSize = 200);

/// <summary>Reported after each batch: enough for a progress bar and running counts.</summary>
public sealed record ImportProgress(int Processed, int Total, int Created, int Updated, int Unchanged, int Failed)
{
    public double Fraction => Total == 0 ? 1 : (double)Processed / Total;
}

/// <summary>A row that was not imported: the file, the line it starts on, and what to fix.</summary>
public sealed record ImportError(string Source, int Line, string? Key, string Reason);

public sealed record ImportReport(
    bool DryRun, int Total, int Created, int Updated, int Unchanged, int Failed, IReadOnlyList<ImportError> Errors);
