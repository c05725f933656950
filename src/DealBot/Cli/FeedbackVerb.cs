using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DealBot.Hosting;
using DealBot.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>
/// `feedback export --since DATE [--out FILE]`: the questions members gave a 👎 since DATE, as an expectation file
/// skeleton (JSON Lines) that `eval` reads. Each line expects "answered" and has empty "must" groups for the team to
/// fill in; the disliked answer and the members' reasons ride along as fields `eval` ignores.
/// </summary>
internal static class FeedbackVerb
{
    public static Command Create()
    {
        var since = new Option<string>("--since") { Description = "First day to export (yyyy-MM-dd, UTC)", Required = true };
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)" };
        var export = new Command("export", "Write the disliked questions as an expectation file skeleton for eval") { since, output };
        export.SetAction((parse, ct) => VerbRunner.RunAsync(
            parse,
            () => CommandLineLimits.CommandLineProblem(parse) ?? (Day(parse.GetValue(since)) is null ? "--since must be a date such as 2025-10-01" : null),
            async (services, token) =>
            {
                var from = new DateTimeOffset(Day(parse.GetValue(since))!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var dislikes = await services.GetRequiredService<FeedbackStore>().DislikesSinceAsync(from, token).ConfigureAwait(false);
                var lines = Skeleton(dislikes);
                if (parse.GetValue(output) is { } path)
                {
                    await File.WriteAllLinesAsync(path, lines, new UTF8Encoding(false), token).ConfigureAwait(false);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{lines.Count} questions written to {path}"));
                }
                else
                {
                    lines.ForEach(Console.WriteLine);
                }

                return ExitCodes.Success;
            },
            ct));
        return new Command("feedback", "Work with members' feedback on answers") { export };
    }

    /// <summary>One expectation line per disliked answer whose question is still kept; several 👎 on one answer make one line.</summary>
    public static List<string> Skeleton(IReadOnlyList<Dislike> dislikes) =>
        [.. dislikes
            .Where(d => d.Question is not null)
            .GroupBy(d => d.MessageId)
            .Select(g => JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["id"] = "feedback-" + g.Key.ToString(CultureInfo.InvariantCulture),
                ["question"] = g.First().Question,
                ["expect"] = "answered",
                ["must"] = Array.Empty<string[]>(),
                ["must_not"] = Array.Empty<string>(),
                ["disliked_answer"] = g.First().Answer,
                ["disliked_status"] = g.First().Status,
                ["reasons"] = g.Select(d => d.Comment).OfType<string>().ToArray(),
                ["votes"] = g.Count(),
            }, SkeletonJson))];

    private static readonly JsonSerializerOptions SkeletonJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
