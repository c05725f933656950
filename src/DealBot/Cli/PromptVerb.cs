using System.CommandLine;
using DealBot.Answering.Llm.Preview;
using DealBot.Answering.Prompts;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>
/// `prompt render PLUGIN/FUNCTION --question "..." [--json]`: the messages and tool definitions the model would get
/// for the question, after retrieval, rendered from the prompt directory; needs no model and sends nothing. An
/// unknown prompt name is exit 1 before anything loads.
/// </summary>
internal static class PromptVerb
{
    public static Command Create()
    {
        var name = new Argument<string>("prompt") { Description = $"The prompt: {string.Join(", ", ModelRequestPreview.PromptNames)}" };
        var question = new Option<string>("--question") { Description = "The question to render the request for", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the request as JSON (messages, and tools in the chat-completions shape)" };
        var render = new Command("render", "Print the messages and tool definitions the model would get for a question") { name, question, json };
        render.SetAction((parse, ct) => VerbRunner.RunAsync(
            parse,
            () => CommandLineLimits.CommandLineProblem(parse) ?? NameProblem(parse.GetValue(name)) ?? CommandLineLimits.QuestionProblem(parse.GetValue(question), "question"),
            async (services, token) =>
            {
                await IndexBootstrap.EnsureIndexAsync(services, token).ConfigureAwait(false);
                ModelRequestView request;
                try
                {
                    request = await services.GetRequiredService<ModelRequestPreview>().RenderAsync(parse.GetValue(name)!, parse.GetValue(question)!, token).ConfigureAwait(false);
                }
                catch (PromptNotFoundException ex)
                {
                    throw new UserErrorException(ex.Message);
                }

                if (parse.GetValue(json))
                {
                    Console.WriteLine(PromptText.Json(request));
                }
                else
                {
                    PromptText.Write(Console.Out, request);
                }

                return ExitCodes.Success;
            },
            ct));
        return new Command("prompt", "See what the model is sent") { render };
    }

    private static string? NameProblem(string? name) =>
        ModelRequestPreview.PromptNames.Contains(name?.Trim() ?? string.Empty, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"no prompt '{OneLine.Of(name ?? string.Empty, 80)}' is sent to the model; the prompts are {string.Join(", ", ModelRequestPreview.PromptNames)}";
}
