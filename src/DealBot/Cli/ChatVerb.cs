using System.CommandLine;
using DealBot.Answering.Llm;
using DealBot.Answering.Prompts;
using DealBot.Cli.Chat;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>
/// `chat [--trace] [--json] [--watch]`: a REPL for developers, questions from stdin (typed or redirected), answers on
/// stdout; --watch reads the prompt directory again before each question.
/// </summary>
internal static class ChatVerb
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print each answer as one line of answer JSON" };
        var trace = new Option<bool>("--trace") { Description = "Show retrieved passages, plugin calls and the verifier's verdict" };
        var watch = new Option<bool>("--watch") { Description = "Read prompts/ again before each question, so an edited prompt is used at once" };
        var command = new Command("chat", "Ask questions one per line, with follow-ups; /clear resets the conversation, /quit ends") { json, trace, watch };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, async (services, token) =>
        {
            var engine = await AnswerStartup.StartAsync(services, token).ConfigureAwait(false);
            var settings = new ChatSettings(parse.GetValue(trace), parse.GetValue(json), Interactive: !Console.IsInputRedirected, Watch: parse.GetValue(watch));
            var prompts = services.GetRequiredService<PromptLibrary>();
            if (settings.Watch && !services.GetRequiredService<ILlmAnswerer>().IsEnabled)
            {
                await Console.Error.WriteLineAsync($"(--watch: no model is configured, so the prompts in {prompts.Directory} are read but answers stay offline)").ConfigureAwait(false);
            }

            var session = new ChatSession(engine, Console.In, Console.Out, Console.Error, settings, prompts);
            await session.RunAsync(token).ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
