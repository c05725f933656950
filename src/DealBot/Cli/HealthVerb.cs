using System.CommandLine;
using DealBot.Health;
using Microsoft.Extensions.Configuration;

namespace DealBot.Cli;

/// <summary>`health`: asks the running bot's health endpoint whether it is ready (the container's HEALTHCHECK).</summary>
internal static class HealthVerb
{
    public static Command Create()
    {
        var command = new Command("health", "Exit 0 when the running bot on this machine reports ready, 1 otherwise");
        command.SetAction(async (parse, ct) =>
        {
            // Only configuration: the probe must not load the store or connect to Discord itself.
            var configuration = new ConfigurationBuilder()
                .SetBasePath(AppContext.BaseDirectory)
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(SettingTokens.HostArguments(parse))
                .Build();
            return await HealthProbe.RunAsync(configuration.GetValue("Health:Port", 8080), TimeSpan.FromSeconds(5), Console.Error, ct).ConfigureAwait(false);
        });
        return command;
    }
}
