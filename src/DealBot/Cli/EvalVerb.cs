using System.CommandLine;
using System.Globalization;
using DealBot.Answering.Evaluation;
using DealBot.Core.Answers;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>`eval FILE [--min-pass R]`: runs an expectation file; prints each failure and "N passed, N failed".</summary>
internal static class EvalVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Expectation file (JSON Lines)" };
        var minPass = new Option<double>("--min-pass") { Description = "Pass rate required for exit code 0 (0 to 1)", DefaultValueFactory = _ => 1.0 };
        var command = new Command("eval", "Run an expectation file and report failures") { file, minPass };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, async (services, token) =>
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

            await IndexBootstrap.EnsureIndexAsync(services, token).ConfigureAwait(false);
            var engine = services.GetRequiredService<IAnswerService>();
            int passed = 0, failed = 0;
            foreach (var expectation in expectations)
            {
                var answer = await engine.AnswerAsync(new Question(expectation.Question, Id: expectation.Id), token).ConfigureAwait(false);
                var problems = ExpectationChecker.Check(expectation, answer, AnswerJson.StatusName(answer.Status));
                if (problems.Count == 0)
                {
                    passed++;
                    continue;
                }

                failed++;
                Console.WriteLine($"FAIL {expectation.Id}: {expectation.Question}");
                foreach (var problem in problems)
                {
                    Console.WriteLine($"  - {problem}");
                }

                Console.WriteLine($"  answer ({AnswerJson.StatusName(answer.Status)}): {answer.Text}");
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed"));
            var rate = expectations.Count == 0 ? 1.0 : (double)passed / expectations.Count;
            return rate + 1e-9 >= required ? ExitCodes.Success : ExitCodes.UserError;
        }, ct));
        return command;
    }
}
