using DealBot.Discord.Models;

namespace DealBot.Bot;

/// <summary>
/// The bot's managed role in each guild (learnt from GUILD_CREATE: the role whose tags name the bot), because members
/// often mention a bot through that role (<c>&lt;@&amp;id&gt;</c>) rather than its user.
/// </summary>
internal sealed class GuildBotRoles
{
    private readonly Dictionary<ulong, ulong> _roleByGuild = [];
    private readonly Lock _lock = new();

    public void Learn(DiscordGuild guild, ulong botUserId)
    {
        var role = guild.Roles.FirstOrDefault(r => r.Managed && r.Tags?.BotId == botUserId);
        lock (_lock)
        {
            if (role is null)
            {
                _roleByGuild.Remove(guild.Id);
            }
            else
            {
                _roleByGuild[guild.Id] = role.Id;
            }
        }
    }

    public void Forget(ulong guildId)
    {
        lock (_lock)
        {
            _roleByGuild.Remove(guildId);
        }
    }

    public ulong? RoleIn(ulong guildId)
    {
        lock (_lock)
        {
            return _roleByGuild.TryGetValue(guildId, out var role) ? role : null;
        }
    }
}
