namespace ConversationalCare.EndToEnd.Tests.Hosting;

/// <summary>
/// Where tests leave screenshots for people to look at: TEST_ARTIFACTS_DIR when set (CI points it at the checkout's
/// artifacts/ so it can keep them), else a folder under the temp directory.
/// </summary>
public static class TestArtifacts
{
    public const string DirectoryVariable = "TEST_ARTIFACTS_DIR";

    public static string Directory => Environment.GetEnvironmentVariable(DirectoryVariable) is { Length: > 0 } configured
        ? configured
        : Path.Combine(Path.GetTempPath(), "cc-artifacts");

    /// <summary>The full path for a file named <paramref name="fileName"/>, its folder created if missing.</summary>
    public static string PathFor(string fileName)
    {
        var directory = System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(directory.FullName, fileName);
    }
}
