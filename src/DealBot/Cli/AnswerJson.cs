using System.Globalization;
using DealBot.Core.Answers;

namespace DealBot.Cli;

/// <summary>The answer JSON of the contract (`ask --json`, one line of `batch`).</summary>
internal static class AnswerJson
{
    public static string Serialize(Answer answer) => CliJson.Serialize(new
    {
        id = answer.Id,
        question = answer.Question,
        status = AnswerStatusNames.Of(answer.Status),
        language = answer.Language,
        answer = answer.Text,
        citations = answer.Citations.Select(c => new { source_id = c.SourceId, title = c.Title, published = Date(c.Published), quote = c.Quote }),
        calculations = answer.Calculations.Select(c => new { expression = c.Expression, result = c.Result, inputs = c.Inputs }),
        as_of = Date(answer.AsOf),
    });

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
