using DealBot.Core.Figures;

namespace DealBot.Core.Tests.Figures;

public class FigureExtractorBehaviourTests
{
    private readonly FigureExtractor _extractor = new();

    [Theory]
    [InlineData("Nvidia will invest up to US$100 billion in OpenAI.", "up to US$100 billion")]
    [InlineData("向OpenAI投资高达1000亿美元。", "高达1000亿美元")]
    [InlineData("相当于800多万美国家庭", "800多万")]
    [InlineData("每周活跃用户已超过 7 亿,其用户", "超过 7 亿")]
    [InlineData("they said 10 GW would power", "10 GW")]
    [InlineData("甲骨文股价上涨约6%,该公司", "约6%")]
    [InlineData("第一阶段计划于2026年下半年上线", "2026年下半年")]
    [InlineData("in October 2024, Nvidia joined", "October 2024")]
    [InlineData("涨幅在6%左右。", "6%左右")]
    [InlineData("a stake of ４.４％ today", "４.４％")]
    public void Extract_FigureInSentence_SpanPointsAtSurface(string text, string surface)
    {
        // Act
        var figure = Assert.Single(_extractor.Extract(text));

        // Assert
        Assert.Equal(surface, figure.Surface);
        Assert.Equal(surface, text.Substring(figure.Start, figure.Length));
    }

    [Theory]
    [InlineData("the Vera Rubin platform")]
    [InlineData("OpenAI and Nvidia")]
    [InlineData("第一阶段计划")]
    [InlineData("GPT-4 and GPT-4o")]
    [InlineData("the 2.0 version")]
    [InlineData("in 3 steps")]
    [InlineData("H100 and B200 chips")]
    [InlineData("release 3.5.1")]
    [InlineData("the 1st phase and 2nd phase")]
    [InlineData("5G networks")]
    [InlineData("一些人认为两家公司")]
    [InlineData("billions of dollars")]
    [InlineData("微软已向 OpenAI 投资数十亿美元")]
    [InlineData("tens of billions of dollars, thousands of chips")]
    [InlineData("英伟达股价一度上涨")]
    [InlineData("在未来几周内敲定")]
    [InlineData("最近宣布")]
    [InlineData("the first half")]
    [InlineData("下半年上线")]
    public void Extract_TextWithoutFigures_ReturnsNothing(string text)
    {
        // Act
        var figures = _extractor.Extract(text);

        // Assert
        Assert.Empty(figures);
    }

    [Fact]
    public void Extract_SmallBareNumber_IsSkippedButExtractNumbersKeepsIt()
    {
        // Arrange
        const string text = "the 2.0 version ships in 3 steps to 24 regions";

        // Act
        var figures = _extractor.Extract(text);
        var numbers = _extractor.ExtractNumbers(text);

        // Assert
        var bare = Assert.Single(figures);
        Assert.Equal(24m, bare.Value);
        Assert.Equal(FigureKind.Count, bare.Kind);
        Assert.Equal([2.0m, 3m, 24m], numbers.Select(f => f.Value));
        Assert.All(numbers, f => Assert.Equal(FigureKind.Count, f.Kind));
    }

    [Fact]
    public void ExtractNumbers_AnswerText_KeepsTypedFiguresAndAddsBareOnes()
    {
        // Act
        var numbers = _extractor.ExtractNumbers("US$100 billion / 10 GW = US$10 billion per GW, step 1 of 2");

        // Assert
        Assert.Collection(
            numbers,
            f => Assert.Equal((FigureKind.Money, 100e9m), (f.Kind, f.Value)),
            f => Assert.Equal((FigureKind.Power, 10e9m), (f.Kind, f.Value)),
            f => Assert.Equal((FigureKind.Money, 10e9m), (f.Kind, f.Value)),
            f => Assert.Equal((FigureKind.Count, 1m), (f.Kind, f.Value)),
            f => Assert.Equal((FigureKind.Count, 2m), (f.Kind, f.Value)));
    }

    [Fact]
    public void Extract_HedgedSmallBareNumber_IsCount()
    {
        // Act
        var figure = Assert.Single(_extractor.Extract("at least 3 chipmakers"));

        // Assert
        Assert.Equal((FigureKind.Count, 3m, Qualifier.AtLeast), (figure.Kind, figure.Value, figure.Qualifier));
    }

    [Fact]
    public void Extract_NumberWithUnit_IsOneFigureNotAlsoACount()
    {
        // Act
        var figures = _extractor.ExtractNumbers("if 3 GW are deployed, at 10千兆瓦");

        // Assert
        Assert.Equal([FigureKind.Power, FigureKind.Power], figures.Select(f => f.Kind));
        Assert.Equal([3e9m, 10e9m], figures.Select(f => f.Value));
    }

    [Fact]
    public void Extract_DayWithoutYear_HasNoPeriodUnlessDefaultYearGiven()
    {
        // Act
        var bare = Assert.Single(_extractor.Extract("9月22日宣布"));
        var placed = Assert.Single(_extractor.Extract("9月22日宣布", defaultYear: 2025));

        // Assert
        Assert.Equal((FigureKind.Date, 0m, (DateOnly?)null), (bare.Kind, bare.Value, bare.From));
        Assert.Equal(new DateOnly(2025, 9, 22), placed.From);
        Assert.Equal(new DateOnly(2025, 9, 22), placed.To);
        Assert.Equal(2025m, placed.Value);
    }

    [Fact]
    public void Extract_LowercaseMayWithoutYear_IsNotADate()
    {
        // Act
        var figures = _extractor.Extract("it may 5 times exceed", defaultYear: 2025);

        // Assert
        var figure = Assert.Single(figures);
        Assert.Equal(FigureKind.Multiple, figure.Kind);
    }

    [Theory]
    [InlineData("from 2,019 chips", FigureKind.Count)]
    [InlineData("2025 GW", FigureKind.Power)]
    [InlineData("$2025", FigureKind.Money)]
    [InlineData("about 2000 companies", FigureKind.Count)]
    [InlineData("8,760 hours", FigureKind.Count)]
    public void Extract_FourDigitNumberOutsideYearContext_IsNotADate(string text, FigureKind kind)
    {
        // Act
        var figure = Assert.Single(_extractor.Extract(text));

        // Assert
        Assert.Equal(kind, figure.Kind);
    }

    [Fact]
    public void Extract_Range_FirstNumberSharesScaleAndCurrency()
    {
        // Act
        var figures = _extractor.Extract("$5-10 billion, 10-20 GW");

        // Assert
        Assert.Equal([5e9m, 10e9m, 10e9m, 20e9m], figures.Select(f => f.Value));
        Assert.Equal(["USD", "USD", "W", "W"], figures.Select(f => f.Unit));
    }

    [Fact]
    public void Extract_NegativePercent_KeepsSign()
    {
        // Act
        var figure = Assert.Single(_extractor.Extract("Broadcom: -0.8%"));

        // Assert
        Assert.Equal(-0.8m, figure.Value);
        Assert.Equal("-0.8%", figure.Surface);
    }

    [Fact]
    public void Extract_MultiplicationSign_IsNotAMultiple()
    {
        // Act
        var figures = _extractor.Extract("10 GW x 8,760 h");

        // Assert
        Assert.Equal([FigureKind.Power, FigureKind.Count], figures.Select(f => f.Kind));
    }

    [Fact]
    public void Extract_SourceArticleParagraph_FindsEveryFigureInOrderWithoutOverlap()
    {
        // Arrange
        const string text = "消息传出后,英伟达股价一度上涨4.4%,创下历史新高。甲骨文股价上涨约6%,该公司正与OpenAI、软银和微软合作," +
            "开发一个名为“星际之门”的价值5000亿美元的全球人工智能数据中心项目。Nvidia 还参与了 OpenAI 于 2024 年 10 月进行的 66 亿美元融资。";

        // Act
        var figures = _extractor.Extract(text);

        // Assert
        Assert.Equal(
            ["一度上涨4.4%", "约6%", "5000亿美元", "2024 年 10 月", "66 亿美元"],
            figures.Select(f => f.Surface));
        for (var i = 1; i < figures.Count; i++)
        {
            Assert.True(figures[i - 1].Start + figures[i - 1].Length <= figures[i].Start);
        }
    }

    [Fact]
    public void Extract_EmptyText_ReturnsEmpty()
    {
        // Act
        var figures = _extractor.Extract(string.Empty);

        // Assert
        Assert.Empty(figures);
    }

    [Fact]
    public void Extract_NullText_Throws()
    {
        // Act and assert
        Assert.Throws<ArgumentNullException>(() => _extractor.Extract(null!));
    }
}
