using DealBot.Answering.Quantities;
using DealBot.Answering.Tests.Understanding;

namespace DealBot.Answering.Tests.Quantities;

/// <summary>The quantities a question states, in both languages and in every way members write them.</summary>
public sealed class QuantityReaderTests
{
    private const decimal Billion = 1_000_000_000m;

    [Theory]
    [InlineData("what if it were $45bn?", 45e9, "USD")]
    [InlineData("what if it were 45 billion dollars?", 45e9, "USD")]
    [InlineData("what if it were US$ 45 billion?", 45e9, "USD")]
    [InlineData("what if it were €10bn?", 10e9, "EUR")]
    [InlineData("如果是1000亿美元呢？", 100e9, "USD")]
    [InlineData("如果是一千亿美元呢？", 100e9, "USD")]
    [InlineData("如果是１０００亿美元呢？", 100e9, "USD")]
    [InlineData("如果是1.5万亿美元呢？", 1500e9, "USD")]
    [InlineData("如果是100亿元人民币呢？", 10e9, "CNY")]
    [InlineData("what if it were the 500bn?", 500e9, "USD")]
    public void Read_Money_InItsCurrency(string question, double value, string currency)
    {
        var quantity = Single(question);

        Assert.Equal((decimal)value, quantity.Quantity.Value);
        Assert.Equal(Dimension.Money(currency), quantity.Quantity.Dimension);
    }

    [Theory]
    [InlineData("what if only 3 GW were built?", 3e9)]
    [InlineData("what if only 3 gigawatts were built?", 3e9)]
    [InlineData("what if only 3GW were built?", 3e9)]
    [InlineData("what if only 500 MW were built?", 5e8)]
    [InlineData("如果只建3千兆瓦呢？", 3e9)]
    [InlineData("如果只建三千兆瓦呢？", 3e9)]
    [InlineData("如果只建3吉瓦呢？", 3e9)]
    [InlineData("如果只建５００兆瓦呢？", 5e8)]
    public void Read_Power_InWatts(string question, double watts)
    {
        var quantity = Single(question);

        Assert.Equal((decimal)watts, quantity.Quantity.Value);
        Assert.True(quantity.Quantity.Dimension.IsPower, quantity.Quantity.Dimension.ToString());
    }

    [Theory]
    [InlineData("what if it used 17.52 TWh?", 17.52e12)]
    [InlineData("如果用了876亿千瓦时呢？", 87.6e12)]
    public void Read_Energy_InWattHours(string question, double wattHours)
    {
        var quantity = Single(question);

        Assert.Equal((decimal)wattHours, quantity.Quantity.Value);
        Assert.True(quantity.Quantity.Dimension.IsEnergy);
    }

    [Theory]
    [InlineData("what if microsoft owned 30%?", 30)]
    [InlineData("what if microsoft owned 30 percent?", 30)]
    [InlineData("假如微软持有百分之三十呢？", 30)]
    [InlineData("假如微软持有30%呢？", 30)]
    [InlineData("假如微软持有３０％呢？", 30)]
    [InlineData("假如微软持有百分之四点四呢？", 4.4)]
    public void Read_Percent_IsAShareInPoints(string question, double points)
    {
        var quantity = Single(question);

        Assert.True(quantity.Quantity.IsPercent);
        Assert.Equal((decimal)points, quantity.Quantity.Value);
        Assert.True(quantity.Quantity.Dimension.IsNone);
    }

    [Theory]
    [InlineData("if a GW costs $45bn, what then?")]
    [InlineData("at $45bn per GW, what would it cost?")]
    [InlineData("at $45 billion per gigawatt, what would it cost?")]
    [InlineData("如果每GW 450亿美元，要花多少钱？")]
    [InlineData("如果每千兆瓦450亿美元，要花多少钱？")]
    [InlineData("如果450亿美元每千兆瓦，要花多少钱？")]
    public void Read_MoneyPerGigawatt_IsARate(string question)
    {
        var rate = Assert.Single(Frames.Read(question).Quantities.Quantities, q => !q.UnitOnly);

        Assert.Equal(45m, rate.Quantity.Value);
        Assert.Equal(Dimension.Money("USD") / Dimension.Watts, rate.Quantity.Dimension);
    }

    [Theory]
    [InlineData("at $0.08/kWh, what would a year of 10 GW cost?", 0.00008, "USD", "energy")]
    [InlineData("what if it were 1.2 kW per household?", 1200, null, "household")]
    [InlineData("假如每户1.2千瓦，800万户要多少电？", 1200, null, "household")]
    [InlineData("what if they spent $8bn a year?", 8e9 / 8760, "USD", "time")]
    public void Read_RateWrittenPerUnit_DividesByTheUnit(string question, double value, string? currency, string per)
    {
        var rate = Frames.Read(question).Quantities.Quantities.First(q => !q.UnitOnly && !q.Quantity.Dimension.Split().Denominator.IsNone);

        Assert.Equal((double)rate.Quantity.Value, value, 6);
        var (numerator, denominator) = rate.Quantity.Dimension.Split();
        Assert.Equal(currency is null ? Dimension.Watts : Dimension.Money(currency), numerator);
        var expected = per switch
        {
            "energy" => Dimension.WattHours,
            "time" => Dimension.Hours,
            _ => Dimension.Count(per),
        };
        Assert.Equal(expected, denominator);
    }

    [Theory]
    [InlineData("how much did avgo drop the day the LOI was announced?")]
    [InlineData("what did nvda close at the day before?")]
    [InlineData("which year do the first racks go live?")]
    [InlineData("博通在宣布那天跌了多少？")]
    [InlineData("消息传出当天甲骨文涨了多少？")]
    public void Read_UnitOfTimeNamingAPointInTime_IsNoSpan(string question)
    {
        var reading = Frames.Read(question).Quantities;

        Assert.DoesNotContain(reading.Quantities, q => q.Quantity.Dimension.IsTime);
    }

    [Theory]
    [InlineData("at $0.08/kWh, what's the annual bill for 10 GW?")]
    [InlineData("at $0.08/kWh, what would 10 GW cost for the year?")]
    [InlineData("按每千瓦时0.08美元，10吉瓦一年电费多少？")]
    public void Read_UnitOfTimeAsASpan_StaysASpan(string question)
    {
        var reading = Frames.Read(question).Quantities;

        Assert.Contains(reading.Quantities, q => q.Quantity.Dimension.IsTime && q.Quantity.Value == 8760);
    }

    [Theory]
    [InlineData("how much per GW?", "gw")]
    [InlineData("how much is that per gigawatt?", "gigawatt")]
    [InlineData("what's that per household?", "household")]
    [InlineData("每GW多少钱？", "gw")]
    [InlineData("每千兆瓦多少钱？", "千兆瓦")]
    [InlineData("每户多少钱？", "户")]
    public void Read_PerUnitAsked_IsWhatTheResultIsPer(string question, string per)
    {
        var reading = Frames.Read(question).Quantities;

        Assert.Equal(per, reading.Target.Per?.Name);
        Assert.DoesNotContain(reading.Quantities, q => !q.UnitOnly);
    }

    [Theory]
    [InlineData("what if 8m homes used it?", 8_000_000, "household")]
    [InlineData("what if 8 million households used it?", 8_000_000, "household")]
    [InlineData("what if 700 million weekly users paid?", 700_000_000, "user")]
    [InlineData("如果800万户使用呢？", 8_000_000, "household")]
    [InlineData("如果800多万户使用呢？", 8_000_000, "household")]
    [InlineData("what about 3000 racks?", 3000, "rack")]
    public void Read_CountedThings_CountWhatTheyName(string question, int count, string noun)
    {
        var quantity = Single(question);

        Assert.Equal(count, quantity.Quantity.Value);
        Assert.Equal(Dimension.Count(noun), quantity.Quantity.Dimension);
    }

    [Theory]
    [InlineData("how many households is that?", "households")]
    [InlineData("how many users would that reach?", "users")]
    [InlineData("能供多少户？", "户")]
    public void Read_CountAsked_IsWhatTheResultCounts(string question, string counted) =>
        Assert.Equal(counted, Frames.Read(question).Quantities.Target.Counted?.Name);

    [Theory]
    [InlineData("what is $100 billion in euros at 0.93?", 0.93, "EUR", "USD", "EUR")]
    [InlineData("and in euros at 0.92?", 0.92, "EUR", "USD", "EUR")]
    [InlineData("eur/usd is 1.17, what is $100bn in euros?", 1.17, "USD", "EUR", "EUR")]
    [InlineData("at 7.1 yuan to the dollar, what is $100bn?", 7.1, "CNY", "USD", "CNY")]
    [InlineData("按7.1的汇率换成人民币是多少？", 7.1, "CNY", "USD", "CNY")]
    public void Read_ExchangeRate_IsOneCurrencyPerAnother(string question, double rate, string into, string per, string target)
    {
        var reading = Frames.Read(question).Quantities;

        var stated = Assert.Single(reading.Quantities, q => q.ExchangeRate);
        Assert.Equal((decimal)rate, stated.Quantity.Value);
        Assert.Equal(Dimension.Money(into) / Dimension.Money(per), stated.Quantity.Dimension);
        Assert.Equal(target, reading.Target.Currency);
    }

    [Theory]
    [InlineData("How many days from the announcement to 1 March 2026?", "1 March 2026")]
    [InlineData("从宣布到2026年3月1日有多少天？", "2026年3月1日")]
    [InlineData("how many days between September 22, 2025 and the end of 2026?", "September 22, 2025")]
    public void Read_Date_IsADateNotAQuantity(string question, string surface)
    {
        var reading = Frames.Read(question).Quantities;

        Assert.Contains(reading.Dates, d => d.Surface == surface);
        Assert.DoesNotContain(reading.Quantities, q => !q.UnitOnly && surface.Contains(q.Surface, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("What share would $20 billion buy at a $500 billion valuation?", 500)]
    [InlineData("100亿美元按5000亿美元的估值能买多少股份？", 500)]
    public void Read_ValuationNamed_KnowsItsRole(string question, int billions)
    {
        var valuation = Assert.Single(Frames.Read(question).Quantities.Quantities, q => q.Role == "valuation");

        Assert.Equal(billions * Billion, valuation.Quantity.Value);
    }

    [Theory]
    [InlineData("If Nvidia invested $40 billion per 4 GW, how much would 7 GW cost?")]
    [InlineData("如果每4吉瓦投资400亿美元，7吉瓦要多少钱？")]
    public void Read_NumberAfterPer_IsADivisor(string question) =>
        Assert.Single(Frames.Read(question).Quantities.Quantities, q => q.Divisor && q.Quantity.Value == 4 * Billion);

    [Theory]
    [InlineData("running 24/7, how much energy would 10 GW use in a year?")]
    [InlineData("24小时不停跑满，10吉瓦一年用多少电？")]
    public void Read_MannerOfSpeaking_StatesNoNumber(string question) =>
        Assert.DoesNotContain(Frames.Read(question).Quantities.Quantities, q => q.Quantity.Value is 24 or 7);

    [Theory]
    [InlineData("999999999999999999999999 billion dollars per GW?")]
    [InlineData("一亿亿亿亿美元是多少？")]
    [InlineData("1e308 GW in MW?")]
    [InlineData("79228162514264337593543950335 trillion")]
    public void Read_NumberTooLargeForAFigure_StatesNothingAndDoesNotThrow(string question) =>
        Assert.DoesNotContain(Frames.Read(question).Quantities.Quantities, q => !q.UnitOnly);

    [Theory]
    [InlineData("0.93")]
    [InlineData("what is 42?")]
    public void Read_BareNumberWithNothingNamed_IsNoQuantity(string question) =>
        Assert.Empty(Frames.Read(question).Quantities.Quantities);

    [Theory]
    [InlineData("what if jensen only coughs up 30 bil at that valuation?", 30e9, "USD")]
    [InlineData("what if it were $45 mil?", 45e6, "USD")]
    [InlineData("what if the fee were 8 cents?", 0.08, "USD")]
    [InlineData("成本180刀，现在值多少？", 180, "USD")]
    [InlineData("如果手续费是5美分呢？", 0.05, "USD")]
    public void Read_SlangForAmounts_IsMoney(string question, double value, string currency)
    {
        var quantity = Frames.Read(question).Quantities.Quantities.First(q => !q.UnitOnly);

        Assert.Equal((decimal)value, quantity.Quantity.Value);
        Assert.Equal(Dimension.Money(currency), quantity.Quantity.Dimension.Split().Numerator);
    }

    [Theory]
    [InlineData("如果一个机柜120千瓦，1吉瓦要多少个机柜", "rack")]
    [InlineData("要是一台机柜耗电150千瓦，能放多少台？", "rack")]
    [InlineData("假设一个家庭平均1.2千瓦呢？", "household")]
    public void Read_OneOfAThingWithItsMeasureWord_MakesARatePerThatThing(string question, string counted)
    {
        var rate = Frames.Read(question).Quantities.Quantities.First(q => q.Quantity.Dimension.Split().Numerator.IsPower && !q.Quantity.Dimension.IsPower);

        Assert.Equal(Dimension.Watts / Dimension.Count(counted), rate.Quantity.Dimension);
    }

    [Theory]
    [InlineData("如果1000亿分5期平均投，每期多少", 100e9)]
    [InlineData("同样按5000亿估值，要是英伟达一共投了200亿，持股比例多少", 20e9)]
    public void Read_ACountedWordPastAnotherNumberOrAFewWordsOn_DoesNotCountThisOne(string question, double amount) =>
        Assert.Contains(Frames.Read(question).Quantities.Quantities, q => q.Quantity.Value == (decimal)amount && q.Quantity.Dimension.Equals(Dimension.Money("USD")));

    private static StatedQuantity Single(string question)
    {
        var quantities = Frames.Read(question).Quantities.Quantities.Where(q => !q.UnitOnly).ToList();
        return Assert.Single(quantities);
    }
}
