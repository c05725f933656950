using System.CommandLine;
using System.Text.RegularExpressions;

namespace DealBot.Cli;

/// <summary>
/// Settings given on the command line (<c>--Knowledge:DataDirectory=/tmp/db</c>): they go to the host's
/// configuration, never to a verb's arguments, even where a verb takes any number of files.
/// </summary>
internal static partial class SettingTokens
{
    public static bool IsSetting(string token) => Setting().IsMatch(token);

    /// <summary>Every setting on the command line, wherever the parser put it, followed by the tokens it did not match.</summary>
    public static string[] HostArguments(ParseResult parse)
    {
        var settings = parse.Tokens.Select(t => t.Value).Where(IsSetting);
        return [.. settings.Concat(parse.UnmatchedTokens).Distinct(StringComparer.Ordinal)];
    }

    // A configuration key has a section separator; options of the verbs never do.
    [GeneratedRegex(@"^--?[A-Za-z][\w.-]*(:[\w.-]+)+(=.*)?$", RegexOptions.Singleline)]
    private static partial Regex Setting();
}
