using System.IO.Compression;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ConversationalCare.Bot.Backups;

/// <summary>
/// One zip file per backup: a copy of each SQLite database taken with SQLite's online backup API, plus a manifest.
/// Each copy is one consistent snapshot of its database, taken while the host keeps serving (WAL lets the reader and
/// the transcript writer proceed together); the databases are copied one after the other, conversations first.
/// </summary>
public static class BackupArchive
{
    public static async Task<string> WriteAsync(string file, IReadOnlyList<SqliteDatabase> databases, TimeProvider clock)
    {
        foreach (var database in databases)
            if (!File.Exists(database.File)) throw new BackupRefusedException($"There is no {database.Name} database at {database.File}: is the data directory right?");
        var target = Path.GetFullPath(file);
        if (Path.GetDirectoryName(target) is { } folder) Directory.CreateDirectory(folder);
        var work = Directory.CreateTempSubdirectory("cc-backup-");
        // Written beside the target and renamed at the end, so an interrupted backup never leaves a half archive under its name.
        var partial = target + ".partial";
        try
        {
            var startedAt = clock.GetUtcNow();
            var copies = new List<BackedUpDatabase>();
            foreach (var database in databases) copies.Add(await CopyAsync(database, Path.Combine(work.FullName, database.Name + ".db")));
            var manifest = new BackupManifest(BackupManifest.CurrentFormat, startedAt, Product, copies);
            await using (var stream = File.Create(partial))
            await using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                foreach (var copy in copies) await zip.CreateEntryFromFileAsync(Path.Combine(work.FullName, copy.Entry), copy.Entry, CompressionLevel.Fastest);
                await using var entry = await zip.CreateEntry(BackupManifest.EntryName).OpenAsync();
                await JsonSerializer.SerializeAsync(entry, manifest, BackupManifest.Json);
            }
            File.Move(partial, target, overwrite: true);
            return $"Backed up {Describe(copies)} to {target}.";
        }
        finally
        {
            work.Delete(recursive: true);
            File.Delete(partial);
        }
    }

    public static async Task<string> RestoreAsync(string file, IReadOnlyList<SqliteDatabase> databases, string dataDirectory)
    {
        if (!File.Exists(file)) throw new BackupRefusedException($"There is no backup at {Path.GetFullPath(file)}.");
        if (Directory.Exists(dataDirectory) && Directory.EnumerateFileSystemEntries(dataDirectory).Any())
            throw new BackupRefusedException($"The data directory {dataDirectory} is not empty. Restore only into an empty or new directory " +
                "(set ConversationalCare:DataDirectory), so nothing already there is overwritten.");
        if (databases.FirstOrDefault(d => File.Exists(d.File)) is { } existing)
            throw new BackupRefusedException($"A {existing.Name} database already exists at {existing.File}; restore only where there is none.");

        using var zip = OpenArchive(file);
        var manifest = await ReadManifestAsync(zip);
        var entries = databases.Select(database => (database, Check(manifest, database))).ToList();
        var restored = new List<string>();
        try
        {
            foreach (var (database, backedUp) in entries)
            {
                if (Path.GetDirectoryName(database.File) is { } folder) Directory.CreateDirectory(folder);
                var restoring = database.File + ".restoring";
                restored.Add(restoring);
                await zip.GetEntry(backedUp.Entry)!.ExtractToFileAsync(restoring);
                if (await HashAsync(restoring) != backedUp.Sha256)
                    throw new BackupRefusedException($"The {database.Name} database in {file} is damaged (its checksum does not match the manifest).");
                File.Move(restoring, database.File);
                restored.Add(database.File);
            }
        }
        catch
        {
            // The directory was empty: leave it so, ready for another attempt.
            foreach (var path in restored) File.Delete(path);
            throw;
        }
        return $"Restored {Describe(manifest.Databases)} from the backup started at {manifest.StartedAt:u} ({manifest.Product}) into {dataDirectory}.";
    }

    private static async Task<BackedUpDatabase> CopyAsync(SqliteDatabase database, string copyFile)
    {
        string migration;
        await using (var source = Open(database.File, SqliteOpenMode.ReadWrite))
        await using (var copy = Open(copyFile, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(copy);
            // The copy inherits the source's WAL mode; switching it back leaves one self-contained file to archive.
            await Scalar(copy, "PRAGMA journal_mode=DELETE");
            migration = await Scalar(copy, "SELECT MAX(MigrationId) FROM __EFMigrationsHistory") as string
                ?? throw new BackupRefusedException($"The {database.Name} database at {database.File} has no schema yet: start the host once first.");
        }
        return new BackedUpDatabase(database.Name, database.Name + ".db", migration, new FileInfo(copyFile).Length, await HashAsync(copyFile));
    }

    private static BackedUpDatabase Check(BackupManifest manifest, SqliteDatabase database)
    {
        var backedUp = manifest.Databases.SingleOrDefault(d => d.Name == database.Name)
            ?? throw new BackupRefusedException($"The backup holds no {database.Name} database.");
        if (!database.KnownMigrations.Contains(backedUp.Migration))
            throw new BackupRefusedException($"The backup's {database.Name} database has schema {backedUp.Migration}, which this version does not know: " +
                $"restore it with the version that made it ({manifest.Product}), then upgrade.");
        return backedUp;
    }

    private static ZipArchive OpenArchive(string file)
    {
        try { return ZipFile.OpenRead(file); }
        catch (InvalidDataException) { throw new BackupRefusedException($"{file} is not a backup archive (not a zip file)."); }
    }

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName) ?? throw new BackupRefusedException($"The archive has no {BackupManifest.EntryName}: it is not a backup of this product.");
        await using var stream = await entry.OpenAsync();
        BackupManifest? manifest;
        try { manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, BackupManifest.Json); }
        catch (JsonException error) { throw new BackupRefusedException($"The archive's {BackupManifest.EntryName} cannot be read: {error.Message}"); }
        if (manifest is not { Format: BackupManifest.CurrentFormat, Databases: not null })
            throw new BackupRefusedException($"The archive's format {manifest?.Format} is not one this version reads ({BackupManifest.CurrentFormat}).");
        if (manifest.Databases.FirstOrDefault(d => zip.GetEntry(d.Entry) is null) is { } missing)
            throw new BackupRefusedException($"The archive lists {missing.Entry} but does not hold it.");
        return manifest;
    }

    private static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        // Unpooled: the copy must be closed, with no handle kept, before it is zipped.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task<object?> Scalar(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    private static async Task<string> HashAsync(string file)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }

    private static string Describe(IEnumerable<BackedUpDatabase> databases) =>
        string.Join(" and ", databases.Select(d => $"{d.Name} ({d.Bytes:N0} bytes, schema {d.Migration})"));

    private static string Product =>
        "ConversationalCare " + (typeof(BackupArchive).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
}
