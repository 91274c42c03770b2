using System.Text.Json;

namespace ConversationalCare.Bot.Backups;

/// <summary>What a backup archive holds: read before anything is restored, so a damaged or newer archive is refused.</summary>
public sealed record BackupManifest(int Format, DateTimeOffset StartedAt, string Product, IReadOnlyList<BackedUpDatabase> Databases)
{
    public const int CurrentFormat = 1;
    public const string EntryName = "manifest.json";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}

/// <param name="Entry">The file inside the archive.</param>
/// <param name="Migration">The newest schema migration applied to it; a build that does not know it cannot run it.</param>
public sealed record BackedUpDatabase(string Name, string Entry, string Migration, long Bytes, string Sha256);
