using DealBot.Bot;
using DealBot.Core.Answers;
using DealBot.Discord;

namespace DealBot.Tests.Bot.Unit;

public sealed class AnswerMessagesTests
{
    private static readonly DateOnly Published = new(2025, 9, 23);

    [Fact]
    public void A_sourced_answer_carries_its_sources_calculation_and_as_of_date()
    {
        var answer = Answered("en", "Nvidia will invest up to US$100 billion, about US$10 billion per GW.",
            [new Citation("deal-structure-en", "How the deal is structured", Published, "Nvidia intends to invest up to US$100 billion in OpenAI.")],
            [new Calculation("100e9 / 10", "1e10", ["deal-structure-en#investment"], "US$10 billion per GW", "USD/GW")]);

        var message = Assert.Single(AnswerMessages.For(answer));

        Assert.Equal(answer.Text, message.Content);
        var embed = Assert.Single(message.Embeds);
        Assert.Equal("Sources", embed.Title);
        Assert.Contains(embed.Fields!, f => f.Name.Contains("How the deal is structured", StringComparison.Ordinal) && f.Name.Contains("2025-09-23", StringComparison.Ordinal)
            && f.Value.Contains("up to US$100 billion", StringComparison.Ordinal));
        Assert.Contains(embed.Fields!, f => f.Value.Contains("100e9 / 10 = 1e10", StringComparison.Ordinal) && f.Value.Contains("US$10 billion per GW", StringComparison.Ordinal));
        Assert.Contains("2025-09-23", embed.Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chinese_answer_is_labelled_in_chinese()
    {
        var answer = Answered("zh", "英伟达计划最多投资1000亿美元。",
            [new Citation("deal-structure-zh", "交易结构", Published, "英伟达计划向OpenAI投资最多1000亿美元。")], []);

        var embed = Assert.Single(Assert.Single(AnswerMessages.For(answer)).Embeds);

        Assert.Equal("来源", embed.Title);
        Assert.Contains("资料截至 2025-09-23", embed.Footer!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_without_sources_is_plain_text()
    {
        var answer = new Answer("Should I buy Nvidia stock?", AnswerStatus.Refused, "en", "I can't give investment advice.", [], [], null);

        var message = Assert.Single(AnswerMessages.For(answer));

        Assert.Empty(message.Embeds);
    }

    [Fact]
    public void A_long_answer_is_split_within_discord_limits_with_the_sources_on_the_last_message()
    {
        var sentence = "Nvidia intends to invest up to US$100 billion in OpenAI as each gigawatt is deployed. ";
        var quote = string.Concat(Enumerable.Repeat("A very long quoted passage. ", 200));
        var citations = Enumerable.Range(1, 8).Select(i => new Citation($"s{i}", new string('T', 300), Published, quote)).ToList();
        var answer = Answered("en", string.Concat(Enumerable.Repeat(sentence, 60)), citations, []);

        var messages = AnswerMessages.For(answer);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.InRange(m.Content.Length, 1, DiscordLimits.MessageContent));
        Assert.All(messages.SkipLast(1), m => Assert.Empty(m.Embeds));
        var embed = Assert.Single(messages[^1].Embeds);
        Assert.InRange(EmbedFitter.CountCharacters(embed), 1, DiscordLimits.EmbedTotal);
        Assert.All(embed.Fields!, f =>
        {
            Assert.InRange(f.Name.Length, 1, DiscordLimits.EmbedFieldName);
            Assert.InRange(f.Value.Length, 1, DiscordLimits.EmbedFieldValue);
        });
        Assert.Equal(answer.Text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(messages.Select(m => m.Content)).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    private static Answer Answered(string language, string text, IReadOnlyList<Citation> citations, IReadOnlyList<Calculation> calculations) =>
        new("question", AnswerStatus.Answered, language, text, citations, calculations, Published);
}
