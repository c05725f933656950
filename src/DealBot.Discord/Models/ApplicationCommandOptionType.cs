namespace DealBot.Discord.Models;

/// <summary>Types of application-command options.</summary>
public enum ApplicationCommandOptionType
{
    /// <summary>A sub-command.</summary>
    SubCommand = 1,

    /// <summary>A group of sub-commands.</summary>
    SubCommandGroup = 2,

    /// <summary>A string.</summary>
    String = 3,

    /// <summary>An integer.</summary>
    Integer = 4,

    /// <summary>A boolean.</summary>
    Boolean = 5,

    /// <summary>A user.</summary>
    User = 6,

    /// <summary>A channel.</summary>
    Channel = 7,

    /// <summary>A role.</summary>
    Role = 8,

    /// <summary>A user or a role.</summary>
    Mentionable = 9,

    /// <summary>A floating-point number.</summary>
    Number = 10,

    /// <summary>An uploaded file.</summary>
    Attachment = 11,
}
