using System.Globalization;
using System.Text;
using DealBot.Answering.Plugins;

namespace DealBot.Answering.Llm;

/// <summary>Writes passages into the prompt, each headed by the id the model must cite.</summary>
internal static class PassageContext
{
    public static string Format(IEnumerable<PassageHit> passages)
    {
        var text = new StringBuilder();
        foreach (var p in passages)
        {
            var published = p.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            text.Append('[').Append(p.CiteId).Append("] ").Append(p.Title).Append(" (").Append(published).Append(", ").Append(p.Language).AppendLine(")");
            text.AppendLine(p.Text.Trim()).AppendLine();
        }

        return text.Length == 0 ? "(no passages were found; search with the Knowledge tool or answer not_in_sources)" : text.ToString().TrimEnd();
    }
}
