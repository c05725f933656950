using DealBot.Discord.Gateway;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DealBot.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    [Fact]
    public void AddDiscordTransport_ValidSection_ResolvesClientsWithDefaults()
    {
        using var provider = Build(new() { ["Discord:Token"] = "t" });

        var options = provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value;

        Assert.Equal("https://discord.com/api/v10", options.ApiBaseUrl);
        Assert.True(options.MessageContentIntent);
        Assert.Equal((0, 1), (options.ShardId, options.ShardCount));
        Assert.NotNull(provider.GetRequiredService<IDiscordGatewayClient>());
        Assert.NotNull(provider.GetRequiredService<IDiscordRestClient>());
    }

    [Theory]
    [InlineData(null, "0", "1", "Token")]
    [InlineData("t", "2", "2", "ShardId")]
    [InlineData("t", "0", "0", "ShardCount")]
    [InlineData("t", "-1", "1", "ShardId")]
    public void AddDiscordTransport_InvalidSettings_FailValidation(string? token, string shardId, string shardCount, string member)
    {
        using var provider = Build(new() { ["Discord:Token"] = token, ["Discord:ShardId"] = shardId, ["Discord:ShardCount"] = shardCount });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);

        Assert.Contains(member, error.Message);
    }

    [Fact]
    public void AddDiscordTransport_Configure_AppliesAfterBinding()
    {
        var services = new ServiceCollection();
        services.AddDiscordTransport(new ConfigurationBuilder().Build(), o => o.Token = "from-environment");
        using var provider = services.BuildServiceProvider();

        Assert.Equal("from-environment", provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value.Token);
    }

    [Theory]
    [InlineData("Bot MTAwMQ.abc.def", "MTAwMQ.abc.def")]
    [InlineData("bot  MTAwMQ.abc.def\n", "MTAwMQ.abc.def")]
    [InlineData(" MTAwMQ.abc.def ", "MTAwMQ.abc.def")]
    [InlineData("MTAwMQ.abc.def", "MTAwMQ.abc.def")]
    public void AddDiscordTransport_PastedToken_IsNormalised(string pasted, string expected)
    {
        using var provider = Build(new() { ["Discord:Token"] = pasted });

        Assert.Equal(expected, provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value.Token);
    }

    [Fact]
    public void AddDiscordTransport_TokenOfOnlyAPrefix_FailsValidation()
    {
        using var provider = Build(new() { ["Discord:Token"] = "Bot " });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordClientOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddDiscordTransport(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(validateScopes: true);
    }
}
