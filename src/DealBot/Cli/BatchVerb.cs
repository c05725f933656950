using System.CommandLine;
using System.Text.Json;
using DealBot.Core.Answers;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>`batch`: JSON Lines {"id","question"} on stdin, one answer JSON per line on stdout, in the same order.</summary>
internal static class BatchVerb
{
    public static Command Create()
    {
        var command = new Command("batch", "Answer JSON Lines {\"id\":..,\"question\":..} from stdin, one JSON answer per line on stdout");
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, async (services, token) =>
        {
            await IndexBootstrap.EnsureIndexAsync(services, token).ConfigureAwait(false);
            var engine = services.GetRequiredService<IAnswerService>();
            var failed = 0;
            var lineNumber = 0;
            while (await Console.In.ReadLineAsync(token).ConfigureAwait(false) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                if (!TryParse(line, out var id, out var text))
                {
                    failed++;
                    await Console.Error.WriteLineAsync($"dealbot: line {lineNumber}: expected {{\"id\":...,\"question\":\"...\"}}").ConfigureAwait(false);
                    Console.WriteLine(CliJson.Serialize(new { id, error = "invalid input line: expected {\"id\":...,\"question\":\"...\"}" }));
                    continue;
                }

                var answer = await engine.AnswerAsync(new Question(text!, Id: id), token).ConfigureAwait(false);
                Console.WriteLine(AnswerJson.Serialize(answer));
            }

            return failed == 0 ? ExitCodes.Success : ExitCodes.UserError;
        }, ct));
        return command;
    }

    private static bool TryParse(string line, out string? id, out string? question)
    {
        id = null;
        question = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            if (doc.RootElement.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText();
            }

            if (doc.RootElement.TryGetProperty("question", out var q) && q.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(q.GetString()))
            {
                question = q.GetString();
                return true;
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
