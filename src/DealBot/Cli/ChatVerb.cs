using System.CommandLine;
using DealBot.Cli.Chat;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>`chat [--trace] [--json]`: a REPL for developers, questions from stdin (typed or redirected), answers on stdout.</summary>
internal static class ChatVerb
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print each answer as one line of answer JSON" };
        var trace = new Option<bool>("--trace") { Description = "Show retrieved passages, plugin calls and the verifier's verdict" };
        var command = new Command("chat", "Ask questions one per line, with follow-ups; /clear resets the conversation, /quit ends") { json, trace };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, async (services, token) =>
        {
            var engine = await AnswerStartup.StartAsync(services, token).ConfigureAwait(false);
            var settings = new ChatSettings(parse.GetValue(trace), parse.GetValue(json), Interactive: !Console.IsInputRedirected);
            var session = new ChatSession(engine, Console.In, Console.Out, Console.Error, settings);
            await session.RunAsync(token).ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
