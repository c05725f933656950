using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DealBot.Answering.Plugins;

namespace DealBot.Answering.Llm;

/// <summary>
/// Writes passages for the model as untrusted data: each one fenced between a line <c>&lt;&lt;&lt;FENCE</c> and a line
/// <c>FENCE&gt;&gt;&gt;</c>, with its cite id, title, date and language inside the fence (titles and ids come from the
/// articles too). The fence is random per request and removed from everything put inside it, so no article text can
/// close its fence early and speak outside it.
/// </summary>
internal static partial class PassageContext
{
    public const string NoPassages = "(no passages were found; search with the Knowledge tool or answer not_in_sources)";

    private const string FencePrefix = "SOURCE-";

    /// <summary>A new fence marker: unguessable (128 random bits), so an article cannot contain it by design.</summary>
    public static string NewFence() => FencePrefix + RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary><paramref name="text"/> with every fence marker replaced by one fixed marker, so recordings of a request compare equal.</summary>
    public static string Masked(string text) => Fence().Replace(text, FencePrefix + "FENCE");

    public static string Format(IEnumerable<PassageHit> passages, string fence)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fence);

        // Lines end in \n whatever the platform, as in the prompt files, so the fence lines are the same everywhere.
        var text = new StringBuilder();
        foreach (var p in passages)
        {
            var published = p.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            text.Append("<<<").Append(fence).Append('\n');
            text.Append("cite id: ").Append(OneLine(Defused(p.CiteId, fence))).Append('\n');
            text.Append("title: ").Append(OneLine(Defused(p.Title, fence))).Append('\n');
            text.Append("published: ").Append(published).Append(" (").Append(OneLine(Defused(p.Language, fence))).Append(")\n\n");
            text.Append(Defused(p.Text, fence).Trim()).Append('\n');
            text.Append(fence).Append(">>>\n\n");
        }

        return text.Length == 0 ? NoPassages : text.ToString().TrimEnd();
    }

    // Removing the marker until none is left: taking one out could join two halves of another.
    private static string Defused(string text, string fence)
    {
        while (text.Contains(fence, StringComparison.OrdinalIgnoreCase))
        {
            text = text.Replace(fence, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return text;
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex("SOURCE-[0-9a-f]{32}", RegexOptions.CultureInvariant)]
    private static partial Regex Fence();
}
