using DealBot.Discord.Models;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// Who may change the knowledge base: members with Manage Server or Administrator in the guild, or a role listed in
/// <c>Discord:ModeratorRoleIds</c>. The command's default_member_permissions only hides it; this check is the guard,
/// because server admins can override command permissions.
/// </summary>
internal sealed class ModeratorPolicy(IOptions<CommunityOptions> options)
{
    private const ulong Administrator = 1UL << 3;
    private const ulong ManageGuild = 1UL << 5;
    private readonly HashSet<ulong> _moderatorRoles = [.. options.Value.ModeratorRoleIds];

    public bool IsModerator(DiscordInteraction interaction)
    {
        // Outside a guild (a DM) there is no membership to check: nobody moderates from there.
        if (interaction.GuildId is null || interaction.Member is not { } member)
        {
            return false;
        }

        if (member.Permissions is { } permissions && (permissions & (Administrator | ManageGuild)) != 0)
        {
            return true;
        }

        return member.Roles.Any(_moderatorRoles.Contains);
    }
}
