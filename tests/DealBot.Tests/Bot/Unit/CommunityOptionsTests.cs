using DealBot.Bot;
using Microsoft.Extensions.Configuration;

namespace DealBot.Tests.Bot.Unit;

public sealed class CommunityOptionsTests
{
    [Fact]
    public void Reads_ids_from_the_array_form()
    {
        var options = Read(new() { ["Discord:GuildIds:0"] = "111", ["Discord:GuildIds:1"] = "222", ["Discord:ModeratorRoleIds:0"] = "333" });

        Assert.Equal([111UL, 222UL], options.GuildIds);
        Assert.Equal([333UL], options.ModeratorRoleIds);
        Assert.True(new CommunityOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Reads_ids_from_one_comma_separated_value()
    {
        var options = Read(new() { ["Discord:GuildIds"] = "111, 222" });

        Assert.Equal([111UL, 222UL], options.GuildIds);
        Assert.Empty(options.ModeratorRoleIds);
    }

    [Fact]
    public void A_value_that_is_not_an_id_fails_validation_naming_its_key()
    {
        var options = Read(new() { ["Discord:ModeratorRoleIds"] = "moderators" });

        var result = new CommunityOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Discord:ModeratorRoleIds", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("moderators", result.FailureMessage, StringComparison.Ordinal);
    }

    private static CommunityOptions Read(Dictionary<string, string?> settings)
    {
        var options = new CommunityOptions();
        CommunityOptions.Bind(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), options);
        return options;
    }
}
