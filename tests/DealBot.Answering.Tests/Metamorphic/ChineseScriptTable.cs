using System.Collections.Frozen;
using DealBot.Testing;

namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>
/// Simplified to traditional Chinese by inverting the engine's own table, <c>src/DealBot.Core/Text/chinese-script.txt</c>
/// ("T\t輝辉": a traditional character and its simplified form; "S\t辉輝": a simplified character with a traditional
/// form). Read here rather than through the engine, so that the rewrite does not depend on the code it tests.
/// </summary>
public sealed class ChineseScriptTable
{
    private readonly FrozenDictionary<char, char> _toSimplified;
    private readonly FrozenDictionary<char, char> _toTraditional;

    private ChineseScriptTable(FrozenDictionary<char, char> toSimplified, FrozenDictionary<char, char> toTraditional)
    {
        _toSimplified = toSimplified;
        _toTraditional = toTraditional;
    }

    /// <summary>The repository's table.</summary>
    public static ChineseScriptTable Repository { get; } = Parse(File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "DealBot.Core", "Text", "chinese-script.txt")));

    /// <summary>
    /// Builds the table from the file's lines. A simplified character becomes the traditional character the T lines map
    /// to it, and only when an S line says it has a traditional form at all: 面 is simplified from 麵 but also
    /// traditional itself (方面), so it has no S line and stays. Where several traditional characters map to one
    /// simplified (么 from 麼, 麽 and 幺), the S line names the one meant.
    /// </summary>
    public static ChineseScriptTable Parse(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var toSimplified = new Dictionary<char, char>();
        var traditionalForms = new Dictionary<char, HashSet<char>>();
        var chosen = new Dictionary<char, char>();
        foreach (var line in lines)
        {
            if (line.Length != 4 || line[1] != '\t')
            {
                continue;
            }

            if (line[0] == 'T')
            {
                toSimplified[line[2]] = line[3];
                if (!traditionalForms.TryGetValue(line[3], out var forms))
                {
                    traditionalForms[line[3]] = forms = [];
                }

                forms.Add(line[2]);
            }
            else if (line[0] == 'S')
            {
                chosen[line[2]] = line[3];
            }
        }

        // The inverse of the T lines, kept where an S line names one of its traditional forms.
        var toTraditional = traditionalForms
            .Where(p => chosen.TryGetValue(p.Key, out var choice) && p.Value.Contains(choice))
            .ToDictionary(p => p.Key, p => chosen[p.Key]);
        return new ChineseScriptTable(toSimplified.ToFrozenDictionary(), toTraditional.ToFrozenDictionary());
    }

    public string ToTraditional(string text) => Map(text, _toTraditional);

    public string ToSimplified(string text) => Map(text, _toSimplified);

    private static string Map(string text, FrozenDictionary<char, char> table)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, (text, table), static (span, state) =>
        {
            for (var i = 0; i < state.text.Length; i++)
            {
                span[i] = state.table.TryGetValue(state.text[i], out var mapped) ? mapped : state.text[i];
            }
        });
    }
}
