namespace DealBot.Discord.Testing;

/// <summary>Permission bits (Discord's bitfield, sent as a decimal string) for members the fake invents.</summary>
public static class FakePermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong AttachFiles = 1UL << 15;
    public const ulong ReadMessageHistory = 1UL << 16;
    public const ulong UseApplicationCommands = 1UL << 31;

    /// <summary>What an ordinary member may do in a text channel: read, write, attach, use commands.</summary>
    public const ulong Member = ViewChannel | SendMessages | EmbedLinks | AttachFiles | ReadMessageHistory | UseApplicationCommands;

    /// <summary>A member who may manage the server, which is what <c>default_member_permissions: "32"</c> asks for.</summary>
    public const ulong Moderator = Member | ManageGuild;
}
