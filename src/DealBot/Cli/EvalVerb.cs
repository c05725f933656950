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
            var results = await ExpectationRunner.RunAsync(services.GetRequiredService<IAnswerService>(), expectations, token).ConfigureAwait(false);
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

            var passed = results.Count(r => r.Passed);
            var failed = results.Count - passed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{passed} passed, {failed} failed"));
            var rate = expectations.Count == 0 ? 1.0 : (double)passed / expectations.Count;
            return rate + 1e-9 >= required ? ExitCodes.Success : ExitCodes.UserError;
        }, ct));
        return command;
    }
}
