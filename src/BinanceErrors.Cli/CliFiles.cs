namespace BinanceErrors.Cli;

/// <summary>
/// Reads and checks the files options name, turning every ordinary mistake (an empty name, a directory, a missing or
/// unreadable file) into one <see cref="CliUsageException"/> line that names the option: exit 2, never the
/// "this is a bug" exit 3. Every option that takes a file goes through here.
/// </summary>
internal static class CliFiles
{
    /// <summary>Reads a whole text file named by <paramref name="option"/>.</summary>
    /// <param name="option">The option, e.g. <c>--exchange-info</c>.</param>
    /// <param name="path">The file name as given.</param>
    /// <returns>The text.</returns>
    public static string ReadAllText(string option, string path)
    {
        var full = FullPath(option, path);
        if (Directory.Exists(full))
        {
            throw new CliUsageException($"{option}: '{path}' is a directory, not a file.");
        }

        try
        {
            return File.ReadAllText(full);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliUsageException($"{option}: '{path}' does not exist.", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new CliUsageException($"{option}: '{path}' cannot be read (permission denied).", ex);
        }
        catch (IOException ex)
        {
            throw new CliUsageException($"{option}: cannot read '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Checks a file the command will create or write: a non-empty name, not a directory, in a directory that exists.
    /// Whether the file itself can be written is proved by writing to it (e.g. the demo's journal), since only the
    /// file system knows (read-only mounts, immutable files, root ignoring permissions).
    /// </summary>
    /// <param name="option">The option, e.g. <c>--journal</c>.</param>
    /// <param name="path">The file name as given.</param>
    /// <returns>The full path.</returns>
    public static string WritablePath(string option, string path)
    {
        var full = FullPath(option, path);
        if (Directory.Exists(full))
        {
            throw new CliUsageException($"{option}: '{path}' is a directory; name a file in it.");
        }

        var directory = Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CliUsageException($"{option}: the directory '{directory}' does not exist.");
        }

        return full;
    }

    private static string FullPath(string option, string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliUsageException($"{option} needs a file name, not an empty string.");
        }

        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliUsageException($"{option}: '{path}' is not a file name the system accepts ({ex.Message.TrimEnd('.')}).", ex);
        }
    }
}
