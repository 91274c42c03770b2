using System.Diagnostics;
using ConversationalCare.Tests;

namespace ConversationalCare.Bot.Tests.Availability;

/// <summary>
/// A small tmpfs mounted for one test, to hold a host's data directory and be filled to the last byte: a real full
/// disk, which works as root (where file permissions stop nothing). <see cref="SmallDiskFactAttribute"/> skips, saying
/// why, where it cannot be mounted.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private const string Size = "32m";
    private string? _filler;

    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static SmallDisk Mount()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "cc-tests", "disk-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(path);
        var (exit, error) = Run("mount", "-t", "tmpfs", "-o", $"size={Size}", "tmpfs", path);
        if (exit != 0)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount -t tmpfs failed ({exit}): {error}");
        }
        return new SmallDisk(path);
    }

    /// <summary>Writes a file until the disk says it is full.</summary>
    public void Fill()
    {
        _filler = System.IO.Path.Combine(Path, "filler");
        var block = new byte[64 * 1024];
        using var file = new FileStream(_filler, FileMode.Create, FileAccess.Write, FileShare.None, 1, FileOptions.WriteThrough);
        try
        {
            while (true) file.Write(block);
        }
        catch (IOException) { }
        // The last partial block: byte by byte until not even one fits.
        try
        {
            while (true) { file.WriteByte(0); file.Flush(); }
        }
        catch (IOException) { }
    }

    public void Free()
    {
        if (_filler is not null) File.Delete(_filler);
        _filler = null;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Lazy: a file a finished host left open must not keep the mount (and the test's memory) alive.
        Run("umount", "-l", Path);
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }

    /// <summary>Why a small disk cannot be mounted here, or null when it can (tried once per test run).</summary>
    public static string? Unavailable => Probe.Value;

    private static readonly Lazy<string?> Probe = new(() =>
    {
        if (TestDatabase.IsPostgreSql) return $"Fills the disk under SQLite files; this run is on PostgreSQL ({TestDatabase.Variable} is set).";
        if (!OperatingSystem.IsLinux()) return "Mounts a tmpfs, which needs Linux.";
        if (!Environment.IsPrivilegedProcess) return "Mounts a small tmpfs to fill, which needs root (CI runs as root); file permissions cannot fake a full disk.";
        try
        {
            using var disk = Mount();
            return null;
        }
        catch (Exception error) when (error is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return $"Cannot mount a tmpfs here (a container without CAP_SYS_ADMIN?): {error.Message}";
        }
    });

    private static (int Exit, string Error) Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Trim());
    }
}

/// <summary>A test that fills a real disk; reported as skipped, with the reason, where a tmpfs cannot be mounted.</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (SmallDisk.Unavailable is { } reason) Skip = reason;
    }
}
