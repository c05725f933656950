using System.CommandLine;
using DealBot.Cli.Batch;
using DealBot.Cli.Chat;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Cli;

/// <summary>
/// `batch`: JSON Lines {"id","question"[,"conversation"]} on stdin, one answer JSON per line on stdout, in the same
/// order; a line that fails gets {"id","error"} and the rest go on; exit code 1 at the end when any line failed.
/// </summary>
internal static class BatchVerb
{
    public static Command Create()
    {
        var command = new Command("batch", "Answer JSON Lines {\"id\":..,\"question\":..[,\"conversation\":..]} from stdin, one JSON answer per line on stdout");
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, async (services, token) =>
        {
            var engine = await AnswerStartup.StartAsync(services, token).ConfigureAwait(false);
            var session = new BatchSession(
                engine,
                Console.In,
                Console.Out,
                Console.Error,
                services.GetRequiredService<ILogger<BatchSession>>(),
                new ChatSettings().MaxHistory);
            var failed = await session.RunAsync(token).ConfigureAwait(false);
            return failed == 0 ? ExitCodes.Success : ExitCodes.UserError;
        }, ct));
        return command;
    }
}
