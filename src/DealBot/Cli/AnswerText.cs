using System.Globalization;
using DealBot.Core.Answers;

namespace DealBot.Cli;

/// <summary>An answer as text for a terminal: the answer, then its sources and calculations.</summary>
internal static class AnswerText
{
    public static void Write(TextWriter output, Answer answer, bool trace)
    {
        output.WriteLine(answer.Text);
        var zh = answer.Language == Core.Documents.Languages.Chinese;
        if (answer.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine(zh ? "来源：" : "Sources:");
            var n = 1;
            foreach (var c in answer.Citations)
            {
                output.WriteLine($"  [{n++}] {c.Title} ({c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated"}, {c.SourceId}): \"{c.Quote}\"");
            }
        }

        foreach (var calc in answer.Calculations)
        {
            output.WriteLine($"  = {calc.Expression} = {calc.Result}{(calc.Display is null ? string.Empty : $" ({calc.Display})")}");
        }

        if (trace && answer.Trace is { } t)
        {
            output.WriteLine();
            output.WriteLine($"status: {AnswerStatusNames.Of(answer.Status)}; verifier: {t.Verdict ?? "n/a"}");
            foreach (var step in t.Steps)
            {
                output.WriteLine($"  step: {step}");
            }

            var rank = 1;
            foreach (var p in t.Retrieved)
            {
                output.WriteLine($"  retrieved {rank++}. [{p.Score:0.0000}] {p.Passage.SourceId}#{p.Passage.Position}: {Trim(p.Passage.Text, 140)}");
            }
        }
    }

    private static string Trim(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}
