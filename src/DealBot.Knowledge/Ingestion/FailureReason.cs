using System.Globalization;
using DealBot.Knowledge.Loading;

namespace DealBot.Knowledge.Ingestion;

/// <summary>
/// Turns whatever went wrong while reading one article into the one-line reason a moderator sees beside the file's
/// name. A refresh catches everything per file, so the reason must make sense for faults no one foresaw as well.
/// </summary>
internal static class FailureReason
{
    public static string Of(Exception exception) => OneLine(exception switch
    {
        DocumentLoadException load => load.Message,
        OverflowException => "a number in it is too large to read",
        InsufficientExecutionStackException or StackOverflowException => "it is nested too deeply to read",
        OutOfMemoryException => "it is too large to read",
        UnauthorizedAccessException => "it cannot be read (permission denied)",
        FileNotFoundException or DirectoryNotFoundException => "it cannot be read: it disappeared, or it is a link to nothing",
        IOException io => $"it cannot be read: {io.Message}",
        _ => $"it could not be read: {exception.Message} ({exception.GetType().Name})",
    });

    public static string TooSlow(TimeSpan limit) =>
        $"reading it took longer than the limit of {Seconds(limit)} (Knowledge:MaxFileReadTime); it was skipped so the refresh could finish";

    public static string TooLarge(long maxBytes) => $"the file is larger than the limit of {maxBytes / 1024} KB (Knowledge:MaxFileBytes)";

    private static string Seconds(TimeSpan limit) =>
        limit.TotalSeconds >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{limit.TotalSeconds:0.#} s")
            : string.Create(CultureInfo.InvariantCulture, $"{limit.TotalMilliseconds:0} ms");

    // Reasons go into one line of the CLI, a JSON string and a Discord message: no line breaks, no runaway length.
    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : line[..297] + "...";
    }
}
