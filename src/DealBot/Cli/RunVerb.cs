using System.CommandLine;
using DealBot.Bot;
using DealBot.Discord.Gateway;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DealBot.Cli;

/// <summary>`run`: the Discord bot, until Ctrl+C or SIGTERM (answers in progress finish first).</summary>
internal static class RunVerb
{
    public static Command Create()
    {
        var command = new Command("run", "Start the Discord bot (needs Discord:Token or DISCORD_TOKEN)");
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, args => DealBotHost.CreateBotBuilder(args), async (services, token) =>
        {
            var host = services.GetRequiredService<IHost>();
            var gateway = services.GetRequiredService<IDiscordGatewayClient>();
            var bot = services.GetRequiredService<DiscordBotService>();
            await host.StartAsync(token).ConfigureAwait(false);
            await host.WaitForShutdownAsync(token).ConfigureAwait(false);

            if (bot.StartFailure is { } failure)
            {
                throw failure;
            }

            // Discord refused the bot (bad token, disallowed intents): say what to fix, and fail.
            if (gateway.Status is { State: GatewayConnectionState.Fatal } status)
            {
                throw new UserErrorException($"Discord refused the bot: {status.Reason}");
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
