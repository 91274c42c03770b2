using ConversationalCare.Knowledge.Database;
using Microsoft.Extensions.Options;

namespace ConversationalCare.Bot.Backups;

/// <summary>
/// <c>backup --to FILE</c> copies the SQLite databases of a running (or stopped) host into one archive;
/// <c>restore --from FILE</c> puts them into an empty data directory. Exit codes: 0 done, 2 refused (bad arguments,
/// a non-empty data directory, a damaged or newer archive, or a PostgreSQL host, which pg_dump backs up instead).
/// </summary>
public sealed class BackupCommand
{
    public const int Done = 0;
    public const int Refused = 2;
    public const string Usage = "Usage: backup --to FILE | restore --from FILE";

    private BackupCommand(bool restore, string file, string[] hostArgs) => (Restore, File, HostArgs) = (restore, file, hostArgs);

    public bool Restore { get; }
    public string File { get; }
    /// <summary>What is left for the host's configuration, e.g. --ConversationalCare:DataDirectory=/var/lib/cc.</summary>
    public string[] HostArgs { get; }

    /// <summary>Null when <paramref name="args"/> is not a backup or restore; otherwise the command or why it is malformed.</summary>
    public static (BackupCommand? Command, string? Problem)? Parse(string[] args) => args switch
    {
        ["backup", "--to", var file, .. var rest] when !file.StartsWith("--", StringComparison.Ordinal) => (new BackupCommand(false, file, rest), null),
        ["restore", "--from", var file, .. var rest] when !file.StartsWith("--", StringComparison.Ordinal) => (new BackupCommand(true, file, rest), null),
        ["backup" or "restore", ..] => (null, Usage),
        _ => null,
    };

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.IsPostgreSql)
        {
            await error.WriteLineAsync($"This host keeps its data in PostgreSQL: {(Restore ? "restore it with pg_restore" : "back it up with pg_dump")}, " +
                "as the README's \"Back up and restore\" section shows. This command copies the SQLite files of a single host.");
            return Refused;
        }
        var databases = SqliteDatabases.Of(services);
        try
        {
            var said = Restore
                ? await BackupArchive.RestoreAsync(File, databases, SqliteDatabases.DataDirectory(services))
                : await BackupArchive.WriteAsync(File, databases, services.GetRequiredService<TimeProvider>());
            await output.WriteLineAsync(said);
            return Done;
        }
        catch (BackupRefusedException refused)
        {
            await error.WriteLineAsync(refused.Message);
            return Refused;
        }
    }
}

/// <summary>Why a backup or restore did nothing; the message tells the operator what to change.</summary>
public sealed class BackupRefusedException(string message) : Exception(message);
