using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace DealBot.Bot;

/// <summary>
/// The bot's guild settings from the <c>Discord</c> section: where commands are registered and who moderates. Both
/// lists accept the configuration array form (<c>Discord:GuildIds:0</c>) or one comma-separated value
/// (<c>Discord__GuildIds=1,2</c> in an env file).
/// </summary>
public sealed class CommunityOptions
{
    public const string SectionName = "Discord";

    /// <summary>Guilds to register the commands in (instantly); empty registers them globally.</summary>
    public IReadOnlyList<ulong> GuildIds { get; set; } = [];

    /// <summary>Roles whose members may use <c>/kb</c>, besides members with Manage Server or Administrator.</summary>
    public IReadOnlyList<ulong> ModeratorRoleIds { get; set; } = [];

    /// <summary>Values that are not Discord ids, with their keys; validation at start reports them.</summary>
    internal List<string> Problems { get; } = [];

    /// <summary>Reads both lists from <paramref name="configuration"/> into <paramref name="options"/>.</summary>
    public static void Bind(IConfiguration configuration, CommunityOptions options)
    {
        var section = configuration.GetSection(SectionName);
        options.GuildIds = Snowflakes(section.GetSection(nameof(GuildIds)), options.Problems);
        options.ModeratorRoleIds = Snowflakes(section.GetSection(nameof(ModeratorRoleIds)), options.Problems);
    }

    private static List<ulong> Snowflakes(IConfigurationSection section, List<string> problems)
    {
        var values = section.Value is { } single
            ? single.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : section.GetChildren().Select(c => c.Value ?? string.Empty);
        var ids = new List<ulong>();
        foreach (var value in values)
        {
            if (!ulong.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id == 0)
            {
                problems.Add($"{section.Path} must list Discord ids (numbers), not '{value}'");
                continue;
            }

            ids.Add(id);
        }

        return ids;
    }
}

internal sealed class CommunityOptionsValidator : IValidateOptions<CommunityOptions>
{
    public ValidateOptionsResult Validate(string? name, CommunityOptions options) =>
        options.Problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(options.Problems);
}
