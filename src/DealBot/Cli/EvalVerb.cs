using System.CommandLine;
using System.Globalization;
using DealBot.Answering.Evaluation;
using DealBot.Answering.Llm.Exchanges;
using DealBot.Core.Answers;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>
/// `eval FILE [--min-pass R] [--report report.md] [--json] [--baseline old.json] [--record DIR | --replay DIR]`: runs
/// an expectation file; prints each failure and "N passed, N failed" (or, with --json, the report as JSON); --report
/// writes the report as Markdown; --baseline marks each question better, worse, same or new against an earlier
/// --json report. --record saves the configured model's exchanges, one file per question; --replay answers from them
/// without a model, and a question whose exchange is missing or does not match stops the run (exit 1).
/// </summary>
internal static class EvalVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Expectation file (JSON Lines)" };
        var minPass = new Option<double>("--min-pass") { Description = "Pass rate required for exit code 0 (0 to 1)", DefaultValueFactory = _ => 1.0 };
        var report = new Option<string?>("--report") { Description = "Write a Markdown report (status, pass or fail and why, path, verifier, latency) to this file" };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON instead of the failures" };
        var baseline = new Option<string?>("--baseline") { Description = "An earlier --json report: mark what got better and worse" };
        var record = new Option<string?>("--record") { Description = "Save each model exchange (request and response) in this folder, one file per question; needs a model configured" };
        var replay = new Option<string?>("--replay") { Description = "Answer from the exchanges saved with --record in this folder, without a model" };
        var command = new Command("eval", "Run an expectation file and report failures") { file, minPass, report, json, baseline, record, replay };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, args => DealBotHost.CreateEvalBuilder(args, Exchanges(parse.GetValue(record), parse.GetValue(replay))), async (services, token) =>
        {
            var path = parse.GetValue(file)!;
            var required = parse.GetValue(minPass);
            if (required is < 0 or > 1)
            {
                throw new UserErrorException("--min-pass must be between 0 and 1");
            }

            if (!File.Exists(path))
            {
                throw new UserErrorException($"no such file: {path}");
            }

            IReadOnlyList<Expectation> expectations;
            try
            {
                expectations = Expectation.ParseLines(await File.ReadAllLinesAsync(path, token).ConfigureAwait(false));
            }
            catch (FormatException ex)
            {
                throw new UserErrorException($"{path}: {ex.Message}");
            }

            var before = await BaselineAsync(parse.GetValue(baseline), token).ConfigureAwait(false);
            var engine = EvalExchanges.Engine(services);
            await IndexBootstrap.EnsureIndexAsync(services, token).ConfigureAwait(false);
            IReadOnlyList<ExpectationResult> results;
            try
            {
                results = await ExpectationRunner.RunAsync(engine, expectations, token, services.GetRequiredService<TimeProvider>()).ConfigureAwait(false);
            }
            catch (ModelReplayException ex)
            {
                throw new UserErrorException("replay: " + ex.Message);
            }
            var evalReport = EvalReport.Of(results, before);
            if (parse.GetValue(report) is { } reportPath)
            {
                await File.WriteAllTextAsync(reportPath, evalReport.ToMarkdown(), token).ConfigureAwait(false);
            }

            var passed = results.Count(r => r.Passed);
            var failed = results.Count - passed;
            var rate = expectations.Count == 0 ? 1.0 : (double)passed / expectations.Count;
            var exit = rate + 1e-9 >= required ? ExitCodes.Success : ExitCodes.UserError;
            if (parse.GetValue(json))
            {
                Console.WriteLine(evalReport.ToJson());
                return exit;
            }

            foreach (var failure in results.Where(r => !r.Passed))
            {
                Console.WriteLine($"FAIL {failure.Expectation.Id}: {failure.Expectation.Question}");
                foreach (var problem in failure.Problems)
                {
                    Console.WriteLine($"  - {problem}");
                }

                if (failure.Answer is { } answer)
                {
                    Console.WriteLine($"  answer ({AnswerStatusNames.Of(answer.Status)}): {answer.Text}");
                }
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed"));
            return exit;
        }, ct, () => CommandLineLimits.CommandLineProblem(parse) ?? EvalExchanges.Problem(parse.GetValue(record), parse.GetValue(replay))));
        return command;
    }

    private static (ExchangeMode Mode, string Directory)? Exchanges(string? record, string? replay) =>
        record is not null ? (ExchangeMode.Record, record) : replay is not null ? (ExchangeMode.Replay, replay) : null;

    private static async Task<EvalReport?> BaselineAsync(string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new UserErrorException($"no such baseline file: {path}");
        }

        try
        {
            return EvalReport.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
        }
        catch (FormatException ex)
        {
            throw new UserErrorException($"{path}: {ex.Message}");
        }
    }
}
