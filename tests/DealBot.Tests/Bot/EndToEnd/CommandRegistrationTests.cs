using System.Text.Json;
using DealBot.Discord.Testing;

namespace DealBot.Tests.Bot.EndToEnd;

/// <summary>On READY the bot overwrites its slash commands: globally, or in each configured guild.</summary>
[Collection(BotCollection.Name)]
public sealed class CommandRegistrationTests(KnowledgeSnapshot knowledge)
{
    [Fact]
    public async Task Ready_registers_ask_sources_timeline_and_the_moderators_kb_globally()
    {
        await using var bot = await BotHarness.StartReadyAsync(knowledge);

        var put = Assert.Single(bot.Fake.Rest.RequestsTo("PUT", "/applications/"));
        Assert.Equal($"/applications/{bot.Fake.Gateway.ApplicationId}/commands", put.Path);
        Assert.Empty(bot.Fake.Rest.RefusedBodies);
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["ask", "kb", "sources", "timeline"], commands.Keys.Order());

        var ask = Options(commands["ask"]);
        Assert.Equal((3, true), (ask["question"].GetProperty("type").GetInt32(), IsRequired(ask["question"])));
        Assert.Equal((5, false), (ask["private"].GetProperty("type").GetInt32(), IsRequired(ask["private"])));

        var kb = commands["kb"];
        Assert.Equal("32", kb.GetProperty("default_member_permissions").GetString());
        var subcommands = Options(kb);
        Assert.Equal(["add", "feedback", "refresh", "rollback", "status"], subcommands.Keys.Order());
        Assert.All(subcommands.Values, s => Assert.Equal(CommandOption.SubCommandType, s.GetProperty("type").GetInt32()));
        var file = Options(subcommands["add"])["file"];
        Assert.Equal((CommandOption.AttachmentType, true), (file.GetProperty("type").GetInt32(), IsRequired(file)));
    }

    [Fact]
    public async Task With_guild_ids_the_commands_are_registered_in_that_guild_only()
    {
        await using var bot = await BotHarness.StartAsync(knowledge, new Dictionary<string, string?> { ["Discord:GuildIds:0"] = "3003" });
        await bot.WaitUntilReadyAsync();

        var put = Assert.Single(bot.Fake.Rest.RequestsTo("PUT", "/applications/"));
        Assert.Equal($"/applications/{bot.Fake.Gateway.ApplicationId}/guilds/3003/commands", put.Path);
        Assert.Empty(bot.Fake.Rest.RefusedBodies);
        Assert.Equal(4, put.Json.GetArrayLength());
    }

    private static Dictionary<string, JsonElement> Options(JsonElement owner)
        => owner.GetProperty("options").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);

    private static bool IsRequired(JsonElement option) => option.TryGetProperty("required", out var r) && r.GetBoolean();
}
