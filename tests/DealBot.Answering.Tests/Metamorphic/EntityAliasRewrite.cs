using DealBot.Core.Facts;

namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>
/// The first named entity of a question (company, person, product, project or agency) written as members also write
/// it, with an alias of the glossary: a ticker, nickname or common slip (Nvidia → nvda, team green, 老黄). The aliases
/// of an entity include those of the entries that stand for it (Jensen Huang's 老黄 stands for Nvidia). An English
/// question gets only aliases in Latin script; which alias is chosen depends on the question, the same on every run.
/// </summary>
public sealed class EntityAliasRewrite : IQuestionRewrite
{
    private static readonly HashSet<string> EntityKinds = new(["company", "person", "product", "project", "agency"], StringComparer.Ordinal);

    // Every display name of an entity with the aliases that may replace it, longest name first.
    private readonly IReadOnlyList<(string Name, IReadOnlyList<string> Aliases)> _names;

    public EntityAliasRewrite(IReadOnlyList<GlossaryEntry> glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        _names = [.. glossary.Where(e => EntityKinds.Contains(e.Kind))
            .SelectMany(e =>
            {
                IReadOnlyList<string> aliases = [.. e.Aliases.Concat(glossary.Where(r => r.Represents == e.Id).SelectMany(r => r.Aliases)).Distinct(StringComparer.OrdinalIgnoreCase)];
                return e.English.Concat(e.Chinese).Distinct(StringComparer.OrdinalIgnoreCase).Select(name => (name, aliases));
            })
            .OrderByDescending(n => n.name.Length)];
    }

    public string Name => "entity alias";

    public string? Rewrite(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var chinese = Han.Contains(question);
        var occurrences = _names
            .SelectMany(n => Occurrences(question, n.Name).Select(at => (At: at, n.Name, n.Aliases)))
            .OrderBy(o => o.At).ThenByDescending(o => o.Name.Length);
        var taken = 0;
        foreach (var (at, name, aliases) in occurrences)
        {
            if (at < taken)
            {
                continue;
            }

            taken = at + name.Length;
            var written = question.Substring(at, name.Length);
            var candidates = aliases.Where(a => !a.Equals(written, StringComparison.OrdinalIgnoreCase) && (chinese || !Han.Contains(a))).ToList();
            if (candidates.Count > 0)
            {
                return question[..at] + candidates[StableHash.Pick(question, candidates.Count)] + question[taken..];
            }
        }

        return null;
    }

    // Where the name is written, in any case; a Latin name only as a whole word ("AMD" is not in "AMDs", "US" not in "USD").
    private static IEnumerable<int> Occurrences(string question, string name)
    {
        for (var at = question.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0; at = question.IndexOf(name, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsAsciiLetterOrDigit(question[at - 1]) || !char.IsAsciiLetterOrDigit(name[0]))
                && (end == question.Length || !char.IsAsciiLetterOrDigit(question[end]) || !char.IsAsciiLetterOrDigit(name[^1])))
            {
                yield return at;
            }
        }
    }
}
