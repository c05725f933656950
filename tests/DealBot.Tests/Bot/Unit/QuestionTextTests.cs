using DealBot.Bot;

namespace DealBot.Tests.Bot.Unit;

public sealed class QuestionTextTests
{
    private const ulong Bot = 1001;
    private const ulong BotRole = 5005;

    [Theory]
    [InlineData("<@1001> How much will Nvidia invest?", "How much will Nvidia invest?")]
    [InlineData("<@!1001>   How much\nwill Nvidia invest?", "How much will Nvidia invest?")]
    [InlineData("<@&5005> 英伟达投资多少？", "英伟达投资多少？")]
    [InlineData("How much, <@1001>?", "How much, ?")]
    public void Removes_mentions_of_the_bot(string content, string expected) =>
        Assert.Equal(expected, QuestionText.FromMessage(content, Bot, BotRole));

    [Fact]
    public void Keeps_mentions_of_other_users_and_roles() =>
        Assert.Equal("<@42> asked: what about <@&77>?", QuestionText.FromMessage("<@1001> <@42> asked: what about <@&77>?", Bot, BotRole));

    [Theory]
    [InlineData("<@1001> hi", true)]
    [InlineData("<@!1001> hi", true)]
    [InlineData("<@&5005> hi", true)]
    [InlineData("<@&1001> hi", false)]
    [InlineData("<@5005> hi", false)]
    [InlineData("<@99999999999999999999> hi", false)]
    [InlineData("@DealBot hi", false)]
    public void Recognises_the_bot_in_markup(string content, bool expected) =>
        Assert.Equal(expected, QuestionText.Mentions(content, Bot, BotRole));

    [Fact]
    public void A_role_mention_is_not_the_bot_when_the_guild_has_no_bot_role() =>
        Assert.False(QuestionText.Mentions("<@&5005> hi", Bot, botRoleId: null));
}
