using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// Registers the slash commands once per process, on the first READY: per guild when <c>Discord:GuildIds</c> is set
/// (instant), otherwise globally. Bulk overwrite makes registration idempotent, so restarts never duplicate commands.
/// </summary>
internal sealed class CommandRegistrar(
    IDiscordRestClient rest,
    IOptions<CommunityOptions> community,
    IOptions<BotOptions> bot,
    ILogger<CommandRegistrar> logger)
{
    private int _registered;

    public async Task RegisterAsync(ulong applicationId, ulong botUserId, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        var guilds = community.Value.GuildIds;
        try
        {
            if (guilds.Count == 0)
            {
                BotLog.Registering(logger, botUserId, "globally");
                await rest.OverwriteGlobalCommandsAsync(applicationId, SlashCommands.Definitions(bot.Value.MaxQuestionLength, global: true), cancellationToken).ConfigureAwait(false);
                return;
            }

            BotLog.Registering(logger, botUserId, $"in {guilds.Count} guild(s)");
            var definitions = SlashCommands.Definitions(bot.Value.MaxQuestionLength, global: false);
            foreach (var guild in guilds)
            {
                await rest.OverwriteGuildCommandsAsync(applicationId, guild, definitions, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            // A later READY (a new session) tries again.
            Interlocked.Exchange(ref _registered, 0);
            BotLog.RegistrationFailed(logger, ex);
        }
    }
}
