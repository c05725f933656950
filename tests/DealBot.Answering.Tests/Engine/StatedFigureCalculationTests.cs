using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>Calculations on numbers the question states that no source gives: they are computed with as stated, never replaced.</summary>
public sealed class StatedFigureCalculationTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData("What share would $20 billion buy at a $500 billion valuation, post-money?", "3.85%")]
    [InlineData("如果按5000亿美元估值投资250亿美元，能获得多少股权？", "4.76%")]
    [InlineData("What stake would the first $10 billion buy at a $600 billion valuation?", "1.67%")]
    [InlineData("If Nvidia invested $45 billion for 3 GW, what would that be per gigawatt?", "15 billion")]
    [InlineData("If Nvidia invested $40 billion per 4 GW, how much would 7 GW cost?", "70 billion")]
    [InlineData("How much energy would 2 GW consume in a year?", "17.52 TWh")]
    [InlineData("what if jensen only puts in 30 bil at the same 500B valuation, what % is that", "6%")]
    [InlineData("同样按5000亿估值，要是英伟达一共投了200亿，持股比例多少", "4%")]
    [InlineData("如果1000亿分5期平均投，每期多少", "200亿")]
    [InlineData("要是一台机柜耗电150千瓦，第一期1吉瓦能放多少台？", "6667")]
    [InlineData("我有100股nvda，成本180刀，按4.4%的涨幅赚了多少？", "792")]
    [InlineData("i got 20 nvda @ $170. if it rose the same 4.4% how much am i up in $", "149.6")]
    [InlineData("假設OpenAI週活從7億漲到10億，漲幅是多少%？", "42.9%")]
    [InlineData("if weekly users go from 700m to 1bn, what % growth is that?", "42.9%")]
    [InlineData("nvda went from $180 to $170, what percent is that?", "-5.56%")]
    [InlineData("ok if a rack costs around $3 million, how many racks does the first 10 billion buy", "3,333 racks")]
    [InlineData("assume each gpu pulls 1.8 kW all-in. how many gpus fit in the first 1 GW phase", "555,556")]
    [InlineData("假设每块GPU功耗1.8千瓦，第一期1吉瓦能放多少块GPU？", "55.556万")]
    // A "per" before the numbers, or a word of averaging between a number and its "per", asks for the division.
    [InlineData("what's the average spend per user implied by 100bn vs 2 billion weekly users?", "50 per user")]
    [InlineData("if oai hits 2 billion weekly users, how much nvidia money per user is the full 100bn?", "50 per user")]
    [InlineData("如果OpenAI周活到了20亿，1000亿平均每个用户多少美元？", "50美元")]
    [InlineData("假設週活有20億，1000億平均落到每個用戶係幾多美元？", "50美元")]
    public async Task AnswerAsync_NumberNoSourceGives_ComputedAsStatedAndCited(string question, string result)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(result, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Calculations);
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("How many times Nvidia's Intel commitment is its planned OpenAI investment?")]
    [InlineData("How many times larger is Stargate than Nvidia's planned investment in OpenAI?")]
    public async Task AnswerAsync_Ratio_TheLargerOverTheSmaller(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        var ratio = decimal.Parse(Assert.Single(answer.Calculations).Result, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ratio >= 1, answer.Text);
    }
}
