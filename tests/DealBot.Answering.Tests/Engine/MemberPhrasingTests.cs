using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The phrases members write that the phrasebook reads (its data, both languages): where a price lands after a rise,
/// a discount (打八折), points of a move, days "相隔幾日", "how many x", an amount "spread over" a count, a conversion
/// to a currency the sources never state, and a curated figure named only by its members' word ("首笔").
/// </summary>
public sealed class MemberPhrasingTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("nvda was ~$180 pre-news; +4.4% puts it where?", "187.9")]
    [InlineData("英伟达之前180美元，涨4.4%之后是多少？", "187.9")]
    [InlineData("say nvda opened at 150, where was it after the 4.4% jump?", "156.6")]
    [InlineData("nvda at 200 before the news, what was the peak after the 4.4% pop?", "208.8")]
    [InlineData("假如輝達之前係150美元，升4.4%最高去到幾多？", "156.6")]
    [InlineData("如果英伟达之前是200美元，涨了4.4%最高到多少？", "208.8")]
    [InlineData("若輝達的投資總額打八折，會是多少？", "800億")]
    [InlineData("如果英伟达的投资总额打对折，是多少？", "500亿")]
    [InlineData("orcl那天涨了几个点", "6%")]
    [InlineData("how many points did orcl go up that day", "6%")]
    [InlineData("宣布當天到2026年12月31日相隔幾日？", "465")]
    [InlineData("how many days from the announcement to December 31, 2026?", "465")]
    [InlineData("stargate is how many x the nvda-oai number", "5 times")]
    [InlineData("星際之門係輝達投OpenAI嗰筆嘅幾多倍？", "5倍")]
    [InlineData("100bn spread over 700m weekly users = $ per user?", "142.9")]
    [InlineData("1000亿美元摊到7亿周活用户，每个用户多少钱？", "142.9")]
    [InlineData("首笔占总额的百分之几", "10%")]
    [InlineData("what share of the total is the first chunk?", "10%")]
    [InlineData("how many 120 kW racks fit in the first GW?", "8,333")]
    [InlineData("第一期1吉瓦能放多少个120千瓦的机柜？", "8333")]
    public async Task AnswerAsync_MembersPhrasing_IsReadAndComputed(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what's the first tranche in GBP", "rate")]
    [InlineData("what's the first tranche in euros", "rate")]
    [InlineData("首笔投资换成英镑是多少", "汇率")]
    public async Task AnswerAsync_ConversionWithNoRate_AsksForTheRateInsteadOfRestatingTheDollars(string question, string asks)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Contains(asks, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("10 billion", answer.Text, StringComparison.Ordinal);
    }
}
