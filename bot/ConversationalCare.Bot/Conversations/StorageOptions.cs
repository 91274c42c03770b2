namespace ConversationalCare.Bot.Conversations;

/// <summary>Bound from the ConversationalCare section itself: where the embedded database and keys live.</summary>
public sealed class StorageOptions
{
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Full SQLite connection string; by default a file named conversationalcare.db in the data directory.</summary>
    public string? ConnectionString { get; set; }

    public string SqliteConnectionString =>
        ConnectionString is { Length: > 0 } configured
            ? configured
            : $"Data Source={Path.Combine(DataDirectory, "conversationalcare.db")};Cache=Private;Pooling=True";
}
