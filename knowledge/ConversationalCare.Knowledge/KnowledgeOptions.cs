using System.ComponentModel.DataAnnotations;

namespace ConversationalCare.Knowledge;

/// <summary>Settings bound from <c>ConversationalCare:Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "ConversationalCare:Knowledge";

    /// <summary>Folder of <c>*.json</c> article files imported once into an empty knowledge base; relative paths start at the app's base directory.</summary>
    [Required]
    public string SamplesDirectory { get; set; } = "samples";

    /// <summary>Calibrated score at or above which the bot may answer outright.</summary>
    [Range(0.0, 1.0)]
    public double AnswerThreshold { get; set; } = 0.5;

    /// <summary>Calibrated score at or above which the bot offers the candidates as "did you mean".</summary>
    [Range(0.0, 1.0)]
    public double ClarifyThreshold { get; set; } = 0.2;

    /// <summary>Where knowledge.db lives; unset means the host's <c>ConversationalCare:DataDirectory</c> (default ./data).</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Full SQLite connection string; by default a file named knowledge.db in the data directory.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// How often to look for articles published by another instance (or tool) on the same database; 0 turns it off.
    /// Publishing through this instance refreshes its search at once regardless.
    /// </summary>
    [Range(0, 3600)]
    public int RefreshSeconds { get; set; } = 5;

    /// <summary>Optional embedding endpoint whose vectors join retrieval; unset means local signals only.</summary>
    public Retrieval.Fusion.KnowledgeEmbeddingOptions Embeddings { get; set; } = new();

    public string ResolveSamplesDirectory() => Path.GetFullPath(SamplesDirectory, AppContext.BaseDirectory);

    public string SqliteConnectionString =>
        ConnectionString is { Length: > 0 } configured
            ? configured
            : $"Data Source={Path.Combine(DataDirectory ?? "./data", "knowledge.db")};Cache=Private;Pooling=True";
}
