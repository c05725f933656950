using DealBot.Bot;
using DealBot.Discord.Models;
using Microsoft.Extensions.Options;

namespace DealBot.Tests.Bot.Unit;

public sealed class ModeratorPolicyTests
{
    private readonly ModeratorPolicy _policy = new(Options.Create(new CommunityOptions { ModeratorRoleIds = [777] }));

    [Theory]
    [InlineData(0x20UL, true)]   // Manage Server
    [InlineData(0x8UL, true)]    // Administrator
    [InlineData(0x28UL, true)]
    [InlineData(0x10UL, false)]  // Manage Channels is not enough
    [InlineData(0UL, false)]
    public void Manage_server_or_administrator_moderate(ulong permissions, bool expected) =>
        Assert.Equal(expected, _policy.IsModerator(InGuild(new GuildMember { Permissions = permissions, Roles = [1, 2] })));

    [Fact]
    public void A_configured_moderator_role_moderates_without_the_permission() =>
        Assert.True(_policy.IsModerator(InGuild(new GuildMember { Permissions = 0, Roles = [5, 777] })));

    [Fact]
    public void Nobody_moderates_from_a_direct_message() =>
        Assert.False(_policy.IsModerator(new DiscordInteraction { User = new DiscordUser { Id = 9 } }));

    private static DiscordInteraction InGuild(GuildMember member) =>
        new() { GuildId = 100, Member = member with { User = new DiscordUser { Id = 9 } } };
}
