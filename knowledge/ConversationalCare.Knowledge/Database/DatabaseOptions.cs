namespace ConversationalCare.Knowledge.Database;

/// <summary>
/// Settings bound from <c>ConversationalCare:Database</c>: which database every module's DbContext uses. SQLite files in
/// the data directory by default (one process); one PostgreSQL database for conversations, accounts and knowledge
/// when several hosts share the work.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "ConversationalCare:Database";
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>; kept as text so a typo fails with a message naming both choices.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The PostgreSQL connection string (Npgsql format); SQLite keeps its per-module files and overrides.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgreSql => string.Equals(Provider, PostgreSql, StringComparison.OrdinalIgnoreCase);

    public bool IsSqlite => string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase);

    /// <summary>Why these settings cannot start a host, or null when they can.</summary>
    public string? Problem() =>
        !IsSqlite && !IsPostgreSql ? $"{Section}:Provider must be {Sqlite} or {PostgreSql}, not '{Provider}'."
        : IsPostgreSql && string.IsNullOrWhiteSpace(ConnectionString) ? $"{Section}:ConnectionString is required when {Section}:Provider is {PostgreSql}."
        : null;
}
