using System.Text.Json;
using DealBot.Discord.Gateway;
using DealBot.Discord.Models;

namespace DealBot.Discord.Tests.Gateway;

public sealed class GatewayEventParserTests
{
    [Fact]
    public void Parse_MessageCreateReply_ReadsAuthorMemberReferenceAndMentions()
    {
        var message = Assert.IsType<MessageCreateEvent>(Parse("MESSAGE_CREATE", """
            {"id":"1234567890123456789","channel_id":"600","guild_id":"3003","content":"<@1001> what is the deal?","type":19,
             "author":{"id":"42","username":"alice","global_name":"Alice","bot":false,"avatar":null,"public_flags":0},
             "member":{"roles":["77","78"],"joined_at":"2024-01-01T00:00:00Z"},
             "mentions":[{"id":"1001","username":"dealbot","bot":true}],"mention_roles":["88"],"mention_everyone":false,
             "message_reference":{"message_id":"555","channel_id":"600","guild_id":"3003","type":0},
             "referenced_message":{"id":"555","channel_id":"600","content":"earlier answer","type":0,"author":{"id":"1001","username":"dealbot","bot":true},"mentions":[],"mention_roles":[],"mention_everyone":false,"attachments":[]},
             "attachments":[{"id":"9","filename":"notes.txt","size":120,"url":"https://cdn.discordapp.com/x/notes.txt","content_type":"text/plain; charset=utf-8"}],
             "channel_type":11,"tts":false,"embeds":[],"pinned":false,"nonce":"abc"}
            """)).Message;

        Assert.Equal(1234567890123456789UL, message.Id);
        Assert.Equal(3003UL, message.GuildId);
        Assert.Equal(MessageType.Reply, message.Type);
        Assert.Equal(42UL, message.Author.Id);
        Assert.Equal("Alice", message.Author.GlobalName);
        Assert.Equal([77UL, 78UL], message.Member!.Roles);
        Assert.Equal(1001UL, Assert.Single(message.Mentions).Id);
        Assert.Equal([88UL], message.MentionRoles);
        Assert.Equal(555UL, message.MessageReference!.MessageId);
        Assert.Equal(1001UL, message.ReferencedMessage!.Author.Id);
        Assert.Equal("earlier answer", message.ReferencedMessage.Content);
        Assert.Equal(ChannelType.PublicThread, message.ChannelType);
        Assert.Equal(120, Assert.Single(message.Attachments).Size);
    }

    [Fact]
    public void Parse_DirectMessageFromWebhook_HasNoGuildAndCarriesWebhookId()
    {
        var message = Assert.IsType<MessageCreateEvent>(Parse("MESSAGE_CREATE", """
            {"id":"1","channel_id":"2","content":"x","type":0,"webhook_id":"31","author":{"id":"31","username":"hook","bot":true},"mentions":[],"mention_roles":[],"mention_everyone":true,"attachments":[]}
            """)).Message;

        Assert.Null(message.GuildId);
        Assert.Equal(31UL, message.WebhookId);
        Assert.True(message.MentionEveryone);
        Assert.True(message.Author.Bot);
    }

    [Fact]
    public void Parse_InteractionWithSubCommandAndAttachment_ReadsNestedOptionsAndResolved()
    {
        var interaction = Assert.IsType<InteractionCreateEvent>(Parse("INTERACTION_CREATE", """
            {"id":"800","application_id":"2002","type":2,"token":"tok-en","guild_id":"3003","channel_id":"600","locale":"zh-CN",
             "member":{"user":{"id":"42","username":"alice"},"roles":["77"],"permissions":"2147483647"},
             "app_permissions":"8","context":0,"version":1,
             "data":{"id":"7000","name":"deal","type":1,
               "options":[{"name":"ingest","type":1,"options":[{"name":"file","type":11,"value":"991"},{"name":"force","type":5,"value":true}]}],
               "resolved":{"attachments":{"991":{"id":"991","filename":"a.md","size":2048,"url":"https://cdn.discordapp.com/a.md","content_type":"text/markdown"}}}}}
            """)).Interaction;

        Assert.Equal(800UL, interaction.Id);
        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal(42UL, interaction.InvokingUser!.Id);
        Assert.Equal(2147483647UL, interaction.Member!.Permissions);
        var sub = Assert.Single(interaction.Data!.Options);
        Assert.Equal(ApplicationCommandOptionType.SubCommand, sub.Type);
        Assert.Equal(991UL, sub.Options[0].GetSnowflake());
        Assert.True(sub.Options[1].GetBoolean());
        Assert.Equal("a.md", interaction.Data.Resolved!.Attachments[991].Filename);
    }

    [Fact]
    public void Parse_InteractionInDirectMessage_UsesUserAsInvoker()
    {
        var interaction = Assert.IsType<InteractionCreateEvent>(Parse("INTERACTION_CREATE", """
            {"id":"801","application_id":"2002","type":2,"token":"t","channel_id":"5","user":{"id":"43","username":"bob"},
             "data":{"id":"7000","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"How big is it?"}]}}
            """)).Interaction;

        Assert.Null(interaction.Member);
        Assert.Equal(43UL, interaction.InvokingUser!.Id);
        Assert.Equal("How big is it?", interaction.Data!.Options[0].GetString());
    }

    [Fact]
    public void Parse_GuildCreate_ReadsManagedRoleBotIdAndThreads()
    {
        var guild = Assert.IsType<GuildCreateEvent>(Parse("GUILD_CREATE", """
            {"id":"3003","name":"Deal fans","unavailable":false,"member_count":12,
             "roles":[{"id":"3003","name":"@everyone","managed":false},{"id":"88","name":"DealBot","managed":true,"tags":{"bot_id":"1001"}}],
             "channels":[{"id":"600","type":0,"name":"general"}],
             "threads":[{"id":"601","type":11,"parent_id":"600","name":"questions"}]}
            """)).Guild;

        Assert.Equal(88UL, Assert.Single(guild.Roles, r => r.Tags?.BotId == 1001).Id);
        Assert.Equal(600UL, Assert.Single(guild.Threads).ParentId);
    }

    [Fact]
    public void Parse_UnknownEvent_IsIgnored() => Assert.Null(Parse("PRESENCE_UPDATE", """{"user":{"id":"1"}}"""));

    private static GatewayEvent? Parse(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        return GatewayEventParser.Parse(name, document.RootElement);
    }
}
