using DealBot.Answering.Quantities;
using DealBot.Answering.Tests.Understanding;
using DealBot.Core.Figures;

namespace DealBot.Answering.Tests.Quantities;

/// <summary>Computed quantities written for people: four significant figures, units, both languages.</summary>
public sealed class QuantityFormatterTests
{
    private static readonly QuantityFormatter Formatter = new(new FigureFormatter(), Frames.Units);

    [Theory]
    [InlineData(45e9, "USD", "US$45 billion", "450亿美元")]
    [InlineData(135e9, "USD", "US$135 billion", "1350亿美元")]
    [InlineData(92e9, "EUR", "€92 billion", "920亿欧元")]
    [InlineData(123456789, "USD", "US$123.5 million", "1.235亿美元")]
    [InlineData(142.857142857, "USD", "US$142.9", "142.9美元")]
    public void Format_Money_FourSignificantFigures(double value, string currency, string english, string chinese) =>
        AssertBoth(new Quantity((decimal)value, Dimension.Money(currency)), english, chinese);

    [Theory]
    [InlineData(555555.5555, "chip", "555,556 chips", "55.556万")]
    [InlineData(8333.333, "rack", "8,333 racks", "8333")]
    [InlineData(6666666.67, "household", "6.667 million households", "666.7万")]
    public void Format_CountOfNamedThings_WholeBelowAMillion(double value, string noun, string english, string chinese) =>
        AssertBothContain(new Quantity((decimal)value, Dimension.Count(noun)), english, chinese);

    [Fact]
    public void Format_CountOfNothingNamed_KeepsItsFraction() =>
        AssertBothContain(new Quantity(15.1515m, Dimension.Count("thing")), "15.15", "15.15");

    [Theory]
    [InlineData(3e9, "3 GW", "3千兆瓦")]
    [InlineData(1250, "1.25 kW", "1.25千瓦")]
    public void Format_Power_InTheUnitItReadsBest(double watts, string english, string chinese) =>
        AssertBoth(new Quantity((decimal)watts, Dimension.Watts), english, chinese);

    [Theory]
    [InlineData(17.52e12, "17.52 TWh", "17.52太瓦时")]
    [InlineData(87.6e12, "87.6 TWh", "87.6太瓦时")]
    public void Format_LargeEnergy_InTerawattHours(double wattHours, string english, string chinese) =>
        AssertBoth(new Quantity((decimal)wattHours, Dimension.WattHours), english, chinese);

    [Theory]
    [InlineData(4.761904761904, "4.76%")]
    [InlineData(2, "2%")]
    [InlineData(33.3333333, "33.3%")]
    public void Format_Percent_ThreeSignificantFigures(double points, string expected) =>
        AssertBoth(Quantity.Percent((decimal)points), expected, expected);

    [Theory]
    [InlineData(5, "5 times", "5倍")]
    [InlineData(2.5, "2.5 times", "2.5倍")]
    public void Format_PlainNumber_IsAMultiple(double value, string english, string chinese) =>
        AssertBoth(Quantity.Plain((decimal)value), english, chinese);

    [Theory]
    [InlineData(8e6, "household", "8 million households", "800万户")]
    [InlineData(3333.3333, "rack", "3,333 racks", "3333机柜")]
    public void Format_CountedThings_NameWhatTheyCount(double value, string noun, string english, string chinese) =>
        AssertBoth(new Quantity((decimal)value, Dimension.Count(noun)), english, chinese);

    [Theory]
    [InlineData(17520, "2 years", "2年")]
    [InlineData(72, "3 days", "3天")]
    [InlineData(24, "24 hours", "24小时")]
    [InlineData(1, "1 hour", "1小时")]
    public void Format_Time_InTheLargestWholeUnit(double hours, string english, string chinese) =>
        AssertBoth(new Quantity((decimal)hours, Dimension.Hours), english, chinese);

    [Theory]
    [InlineData("mw", 3e9, "3,000 MW", "3000兆瓦")]
    [InlineData("kw", 3e9, "3,000,000 kW", "300万千瓦")]
    [InlineData("mw", 1e13, "10,000,000 MW", "1000万兆瓦")]
    [InlineData("gw", 1e9, "1 GW", "1千兆瓦")]
    public void Format_UnitAskedFor_WrittenInThatUnit(string unit, double watts, string english, string chinese)
    {
        var display = Mention(unit);

        Assert.Equal(english, Formatter.Format(new Quantity((decimal)watts, Dimension.Watts), "en", display));
        Assert.Equal(chinese, Formatter.Format(new Quantity((decimal)watts, Dimension.Watts), "zh", display));
    }

    [Fact]
    public void Format_UnitOfAnotherKind_IsIgnored() =>
        Assert.Equal("US$45 billion", Formatter.Format(new Quantity(45e9m, Dimension.Money("USD")), "en", Mention("mw")));

    [Fact]
    public void Format_MoneyPerWatt_IsWrittenPerGigawatt() =>
        AssertBoth(new Quantity(10m, Dimension.Money("USD") / Dimension.Watts), "US$10 billion per GW", "每千兆瓦100亿美元");

    [Fact]
    public void Format_RateAskedPerMegawatt_IsWrittenPerMegawatt()
    {
        var rate = new Quantity(10m, Dimension.Money("USD") / Dimension.Watts);

        Assert.Equal("US$10 million per MW", Formatter.Format(rate, "en", per: Mention("mw")));
        Assert.Equal("每兆瓦1000万美元", Formatter.Format(rate, "zh", per: Mention("mw")));
    }

    [Fact]
    public void Format_PowerPerHousehold_IsWrittenPerHousehold() =>
        AssertBoth(new Quantity(1250m, Dimension.Watts / Dimension.Count("household")), "1.25 kW per household", "每户1.25千瓦");

    [Fact]
    public void Format_MoneyPerYear_IsWrittenPerYear() =>
        AssertBoth(new Quantity(8e9m / 8760m, Dimension.Money("USD") / Dimension.Hours), "US$8 billion per year", "每年80亿美元");

    [Theory]
    [InlineData(Qualifier.About, "about US$45 billion", "约450亿美元")]
    [InlineData(Qualifier.UpTo, "up to US$45 billion", "高达450亿美元")]
    public void Format_Qualifier_HedgesTheAmount(Qualifier qualifier, string english, string chinese)
    {
        var amount = new Quantity(45e9m, Dimension.Money("USD"));

        Assert.Equal(english, Formatter.Format(amount, "en", qualifier: qualifier));
        Assert.Equal(chinese, Formatter.Format(amount, "zh", qualifier: qualifier));
    }

    [Theory]
    [InlineData(Qualifier.UpTo, "up to 3,000 MW", "最高3000兆瓦")]
    [InlineData(Qualifier.AtLeast, "at least 3,000 MW", "至少3000兆瓦")]
    public void Format_QualifierInAUnitAskedFor_HedgesTheAmount(Qualifier qualifier, string english, string chinese)
    {
        var power = new Quantity(3e9m, Dimension.Watts);

        Assert.Equal(english, Formatter.Format(power, "en", Mention("mw"), qualifier));
        Assert.Equal(chinese, Formatter.Format(power, "zh", Mention("mw"), qualifier));
    }

    [Theory]
    [InlineData(123456, 123500)]
    [InlineData(0.000123456, 0.0001235)]
    [InlineData(99995, 100000)]
    [InlineData(-1234.5, -1235)]
    [InlineData(0, 0)]
    public void Round_Value_KeepsFourSignificantFigures(double value, double expected) =>
        Assert.Equal((decimal)expected, QuantityFormatter.Round((decimal)value));

    [Theory]
    [InlineData(4.7619047, 4.76)]
    [InlineData(1.96078, 1.96)]
    [InlineData(33.333, 33.3)]
    public void RoundPercent_Value_KeepsThreeSignificantFigures(double value, double expected) =>
        Assert.Equal((decimal)expected, QuantityFormatter.RoundPercent((decimal)value));

    private static UnitMention Mention(string name) => Frames.Units.Find(name).Single();

    private static void AssertBoth(Quantity quantity, string english, string chinese)
    {
        Assert.Equal(english, Formatter.Format(quantity, "en"));
        Assert.Equal(chinese, Formatter.Format(quantity, "zh"));
    }

    private static void AssertBothContain(Quantity quantity, string english, string chinese)
    {
        Assert.Contains(english, Formatter.Format(quantity, "en"), StringComparison.Ordinal);
        Assert.Contains(chinese, Formatter.Format(quantity, "zh"), StringComparison.Ordinal);
    }
}
