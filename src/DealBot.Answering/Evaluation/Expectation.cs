using System.Text.Json;

namespace DealBot.Answering.Evaluation;

/// <summary>One line of an expectation file: a question, the statuses allowed, what the answer must and must not say.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Question">The question.</param>
/// <param name="Expect">Allowed statuses ("answered", "not_in_sources"...).</param>
/// <param name="Must">Groups; each group holds when any of its alternatives appears (ignoring case and thousands separators).</param>
/// <param name="MustNot">Strings that must not appear.</param>
public sealed record Expectation(string Id, string Question, IReadOnlyList<string> Expect, IReadOnlyList<IReadOnlyList<string>> Must, IReadOnlyList<string> MustNot)
{
    /// <summary>
    /// The conversation the question belongs to, when it is one turn of several: lines sharing this value are asked in
    /// file order, each with the earlier turns as history (as in <c>batch</c>). Null for a question asked on its own.
    /// </summary>
    public string? Conversation { get; init; }

    /// <summary>Parses JSON Lines; blank lines are skipped.</summary>
    /// <exception cref="FormatException">A line is not a valid expectation; the message names the line.</exception>
    public static IReadOnlyList<Expectation> ParseLines(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var result = new List<Expectation>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                var id = root.TryGetProperty("id", out var i) ? i.ToString() : $"line-{number}";
                var question = root.GetProperty("question").GetString() ?? throw new FormatException("question is null");
                var expect = (root.TryGetProperty("expect", out var e) ? e.GetString() : "answered")!.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var must = root.TryGetProperty("must", out var m) && m.ValueKind == JsonValueKind.Array
                    ? m.EnumerateArray().Select(g => (IReadOnlyList<string>)g.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()).ToList()
                    : [];
                var mustNot = root.TryGetProperty("must_not", out var n) && n.ValueKind == JsonValueKind.Array
                    ? n.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()
                    : [];
                var conversation = root.TryGetProperty("conversation", out var c) && c.ValueKind is JsonValueKind.String or JsonValueKind.Number ? c.ToString() : null;
                result.Add(new Expectation(id, question, expect, must, mustNot) { Conversation = conversation });
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"line {number}: not a valid expectation ({ex.Message})", ex);
            }
        }

        return result;
    }
}
