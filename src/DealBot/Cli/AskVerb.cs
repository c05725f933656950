using System.CommandLine;
using DealBot.Core.Answers;
using DealBot.Hosting;
using DealBot.Knowledge.Embedding;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>`ask "QUESTION" [--json] [--trace]`: answers one question (checked before the host and its model start).</summary>
internal static class AskVerb
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in Chinese or English" };
        var json = new Option<bool>("--json") { Description = "Print the answer JSON" };
        var trace = new Option<bool>("--trace") { Description = "Show retrieved passages, plugin calls and the verifier's verdict" };
        var command = new Command("ask", "Answer one question, with sources") { question, json, trace };
        // ONNX Runtime loads while the host is built: the model's load is the longest leg of a cold answer.
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, () => CommandLineLimits.QuestionProblem(parse.GetValue(question), "question"), MiniLmEmbedder.LoadRuntime, async (services, token) =>
        {
            var text = parse.GetValue(question)!;
            var answer = await AnswerStartup.AnswerAsync(services, new Question(text, Trace: parse.GetValue(trace)), token).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(AnswerJson.Serialize(answer));
            }
            else
            {
                AnswerText.Write(Console.Out, answer, parse.GetValue(trace));
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
