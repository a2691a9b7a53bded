namespace CpdLog.Web.Infrastructure;

/// <summary>
/// The data folder, the SQLite database and evidence files are readable by the service account only: folders 0700,
/// files 0600 (Unix; on Windows the folder's ACL applies).
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates the folder (0700) or tightens an existing one.</summary>
    public static void EnsureFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, FolderMode);
        File.SetUnixFileMode(path, FolderMode);
    }

    /// <summary>Tightens existing files to 0600 (missing ones are skipped).</summary>
    public static void Restrict(params string[] paths)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var path in paths.Where(File.Exists))
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }

    /// <summary>Options for a new private file (0600 from the moment it exists).</summary>
    public static FileStreamOptions NewFile() => OperatingSystem.IsWindows()
        ? new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 81920, Options = FileOptions.Asynchronous }
        : new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 81920, Options = FileOptions.Asynchronous, UnixCreateMode = FileMode };
}
