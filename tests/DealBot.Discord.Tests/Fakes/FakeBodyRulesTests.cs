using System.Text.Json;
using DealBot.Discord.Testing;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>The fake refuses what Discord refuses, so a bot that breaks a limit fails its tests instead of passing them.</summary>
public sealed class FakeBodyRulesTests
{
    [Theory]
    [InlineData("""{"content":"fine","allowed_mentions":{"parse":[]}}""", true)]
    [InlineData("""{"embeds":[{"title":"only an embed"}]}""", true)]
    [InlineData("""{"content":""}""", false)]
    [InlineData("""{"content":"x","allowed_mentions":{"parse":["users"],"users":["42"]}}""", false)]
    [InlineData("""{"content":"x","allowed_mentions":{"parse":["everybody"]}}""", false)]
    [InlineData("""{"embeds":[{"title":"t","fields":[{"name":"","value":"v"}]}]}""", false)]
    public void NewMessage_AcceptedOnlyWhenDiscordWould(string body, bool accepted)
        => Assert.Equal(accepted, MessageBodyRules.Check(Json(body), isNewMessage: true) is null);

    [Fact]
    public void Content_Of2001Characters_IsRefused()
    {
        Assert.Null(MessageBodyRules.Check(Json(JsonSerializer.Serialize(new { content = new string('a', 2000) })), isNewMessage: true));
        Assert.NotNull(MessageBodyRules.Check(Json(JsonSerializer.Serialize(new { content = new string('a', 2001) })), isNewMessage: true));
    }

    [Fact]
    public void Embeds_Over6000CharactersInTotal_AreRefused()
    {
        var embeds = Enumerable.Range(0, 2).Select(_ => new { description = new string('d', 3001) }).ToArray();

        Assert.NotNull(MessageBodyRules.Check(Json(JsonSerializer.Serialize(new { embeds })), isNewMessage: true));
    }

    [Fact]
    public void Edit_MayClearContent() => Assert.Null(MessageBodyRules.Check(Json("""{"content":""}"""), isNewMessage: false));

    [Theory]
    [InlineData("""[{"name":"ask","description":"Ask","options":[{"type":3,"name":"question","description":"Q","required":true},{"type":5,"name":"private","description":"P"}]}]""", true)]
    [InlineData("""[{"name":"kb","description":"K","default_member_permissions":"32","options":[{"type":1,"name":"refresh","description":"R"},{"type":1,"name":"add","description":"A","options":[{"type":11,"name":"file","description":"F","required":true}]}]}]""", true)]
    [InlineData("""[{"name":"Ask","description":"Ask"}]""", false)]
    [InlineData("""[{"name":"ask","description":""}]""", false)]
    [InlineData("""[{"name":"ask","description":"Ask","options":[{"type":5,"name":"private","description":"P"},{"type":3,"name":"question","description":"Q","required":true}]}]""", false)]
    [InlineData("""[{"name":"kb","description":"K","options":[{"type":1,"name":"refresh","description":"R"},{"type":3,"name":"x","description":"X"}]}]""", false)]
    [InlineData("""[{"name":"kb","description":"K","default_member_permissions":32}]""", false)]
    public void CommandOverwrite_AcceptedOnlyWhenDiscordWould(string body, bool accepted)
        => Assert.Equal(accepted, CommandRules.Check(Json(body)) is null);

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
