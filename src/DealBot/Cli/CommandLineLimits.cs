using System.CommandLine;
using System.Globalization;
using System.Text;

namespace DealBot.Cli;

/// <summary>
/// Limits checked before the host starts. The ONNX runtime aborts the whole process (a stack overflow, exit 134) while
/// it starts when the command line is longer than about 32 KB, so nothing that long may reach it.
/// </summary>
internal static class CommandLineLimits
{
    /// <summary>The longest question: what the answer engine reads of one (it cuts a longer one there).</summary>
    public const int MaxQuestionLength = 2000;

    /// <summary>Half of what breaks the runtime: room for the settings and paths a real command line carries.</summary>
    public const int MaxCommandLineBytes = 16 * 1024;

    /// <summary>Why <paramref name="text"/> cannot be asked, or null when it can.</summary>
    public static string? QuestionProblem(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return $"the {what} is empty";
        }

        return text.Length > MaxQuestionLength
            ? string.Create(CultureInfo.InvariantCulture, $"the {what} is too long ({text.Length} characters; at most {MaxQuestionLength}); for longer input use `batch` or `chat`, which read stdin")
            : null;
    }

    /// <summary>Why the command line cannot be run, or null when it can.</summary>
    public static string? CommandLineProblem(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var bytes = parse.Tokens.Sum(t => Encoding.UTF8.GetByteCount(t.Value) + 1);
        return bytes > MaxCommandLineBytes
            ? string.Create(CultureInfo.InvariantCulture, $"the command line is too long ({bytes} bytes; at most {MaxCommandLineBytes})")
            : null;
    }
}
