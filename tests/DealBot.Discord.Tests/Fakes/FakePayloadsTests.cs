using System.Text.Json;
using DealBot.Discord.Gateway;
using DealBot.Discord.Models;
using DealBot.Discord.Testing;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>The fake's payload builders produce what the transport reads, so bot tests drive real shapes.</summary>
public sealed class FakePayloadsTests
{
    private static readonly FakeUser Bot = new(1001, "dealbot", IsBot: true);
    private static readonly FakeUser Alice = new(1_234_567_890_123_456_789, "alice");

    private static readonly FakeGuild Guild = new() { Id = 3003, Bot = Bot, TextChannelId = 600, BotRoleId = 88, ModeratorRoleId = 77 };

    [Fact]
    public void GuildCreate_CarriesTheBotsManagedRoleTaggedWithItsId()
    {
        var guild = Assert.IsType<GuildCreateEvent>(Parse("GUILD_CREATE", Guild.ToGuildCreate())).Guild;

        var managed = Assert.Single(guild.Roles, r => r.Managed);
        Assert.Equal(88UL, managed.Id);
        Assert.Equal(1001UL, managed.Tags!.BotId);
        Assert.Equal(600UL, Assert.Single(guild.Channels).Id);
    }

    [Fact]
    public void GuildMessage_HasMemberWithoutUserMentionsAndLargeIds()
    {
        var payload = new FakeMessage
        {
            Id = 1_400_000_000_000_000_001, ChannelId = 600, GuildId = 3003, Author = Alice, AuthorRoleIds = [77],
            Content = $"{Bot.Mention} How much?", Mentions = [Bot], MentionRoleIds = [88],
        }.ToPayload();

        Assert.False(payload["member"]!.AsObject().ContainsKey("user"));
        var message = Assert.IsType<MessageCreateEvent>(Parse("MESSAGE_CREATE", payload)).Message;
        Assert.Equal(1_400_000_000_000_000_001UL, message.Id);
        Assert.Equal(Alice.Id, message.Author.Id);
        Assert.Equal([77UL], message.Member!.Roles);
        Assert.Equal(Bot.Id, Assert.Single(message.Mentions).Id);
        Assert.Equal([88UL], message.MentionRoles);
        Assert.Equal(MessageType.Default, message.Type);
    }

    [Fact]
    public void Reply_IsType19WithReferenceAndReferencedMessage()
    {
        var answer = new FakeMessage { Id = 501, ChannelId = 600, GuildId = 3003, Author = Bot, Content = "USD 100 billion" };
        var payload = new FakeMessage { Id = 502, ChannelId = 600, GuildId = 3003, Author = Alice, Content = "and per gigawatt?", ReferencedMessage = answer }.ToPayload();

        var message = Assert.IsType<MessageCreateEvent>(Parse("MESSAGE_CREATE", payload)).Message;
        Assert.Equal(MessageType.Reply, message.Type);
        Assert.Equal(501UL, message.MessageReference!.MessageId);
        Assert.Equal(Bot.Id, message.ReferencedMessage!.Author.Id);
        Assert.Empty(message.Mentions);
    }

    [Fact]
    public void DirectMessage_HasNoGuildNorMember()
    {
        var message = Assert.IsType<MessageCreateEvent>(Parse("MESSAGE_CREATE", new FakeMessage { Id = 9, ChannelId = 700, Author = Alice, Content = "hi" }.ToPayload())).Message;

        Assert.Null(message.GuildId);
        Assert.Null(message.Member);
        Assert.Equal(ChannelType.DirectMessage, message.ChannelType);
    }

    [Fact]
    public void SlashCommand_CarriesSubCommandAttachmentPermissionsAndInvoker()
    {
        var attachment = new FakeAttachment(991, "deal.md", 120, new Uri("http://127.0.0.1/attachments/600/991/deal.md"), "text/markdown; charset=utf-8");
        var command = new SlashCommand
        {
            Name = "kb", User = Alice, ChannelId = 600, GuildId = 3003, Permissions = FakePermissions.Moderator, Locale = "zh-CN",
            Options = [CommandOption.SubCommand("add", CommandOption.File("file", attachment))],
        };

        var interaction = Assert.IsType<InteractionCreateEvent>(Parse("INTERACTION_CREATE", command.ToPayload(800, 2002, "tok"))).Interaction;

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("kb", interaction.Data!.Name);
        Assert.Equal(Alice.Id, interaction.InvokingUser!.Id);
        Assert.Equal(FakePermissions.Moderator, interaction.Member!.Permissions);
        Assert.Equal(3003UL, interaction.GuildId);
        Assert.Equal("zh-CN", interaction.Locale);
        var add = Assert.Single(interaction.Data.Options);
        Assert.Equal(ApplicationCommandOptionType.SubCommand, add.Type);
        Assert.Equal(991UL, Assert.Single(add.Options).GetSnowflake());
        Assert.Equal("deal.md", interaction.Data.Resolved!.Attachments[991].Filename);
    }

    [Fact]
    public void SlashCommandInDirectMessage_HasUserInsteadOfMember()
    {
        var command = new SlashCommand { Name = "ask", User = Alice, ChannelId = 700, Options = [CommandOption.String("question", "How big?"), CommandOption.Boolean("private", true)] };

        var interaction = Assert.IsType<InteractionCreateEvent>(Parse("INTERACTION_CREATE", command.ToPayload(801, 2002, "tok"))).Interaction;

        Assert.Null(interaction.Member);
        Assert.Null(interaction.GuildId);
        Assert.Equal(Alice.Id, interaction.InvokingUser!.Id);
        Assert.True(interaction.Data!.Options[1].GetBoolean());
    }

    [Fact]
    public void Snowflakes_AreUniqueIncreasingAndBeyondDoublePrecision()
    {
        var ids = new FakeSnowflakes();
        var issued = Enumerable.Range(0, 100).Select(_ => ids.Next()).ToList();

        Assert.Equal(issued.Order(), issued);
        Assert.Equal(issued.Count, issued.Distinct().Count());
        Assert.All(issued, id => Assert.True(id > (1UL << 53)));
    }

    private static GatewayEvent? Parse(string name, object payload)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(payload));
        return GatewayEventParser.Parse(name, document.RootElement);
    }
}
