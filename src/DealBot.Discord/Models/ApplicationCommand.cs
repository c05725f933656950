namespace DealBot.Discord.Models;

/// <summary>A registered application command, as returned by Discord.</summary>
public sealed record ApplicationCommand
{
    /// <summary>The command id.</summary>
    public ulong Id { get; init; }

    /// <summary>The application that owns it.</summary>
    public ulong ApplicationId { get; init; }

    /// <summary>The guild, for guild commands.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>The command name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The command type.</summary>
    public ApplicationCommandType Type { get; init; }
}
