namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Where a path really leads once every symbolic link along it is followed (what realpath(3) does), so a link inside the
/// knowledge directory that points outside it can be told from one that stays inside.
/// </summary>
internal static class RealPath
{
    // As Linux: more links than this on one path is a loop.
    private const int MaxLinks = 40;

    /// <exception cref="IOException">The links form a loop.</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(path, ref links);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="directory"/> or lies under it.</summary>
    public static bool IsInside(string path, string directory)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var root = Path.TrimEndingDirectorySeparator(directory);
        return string.Equals(path, root, comparison) || path.StartsWith(root + Path.DirectorySeparatorChar, comparison);
    }

    private static string Resolve(string path, ref int links)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException("its symbolic links form a loop");
                }

                // A relative target is relative to the link's folder, which is already resolved.
                next = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref links);
            }

            current = next;
        }

        return current;
    }
}
