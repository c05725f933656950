using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>The ends a count of days names, found by the phrasebook's span words.</summary>
public sealed class DaySidesTests
{
    private static readonly Phrasebook Words = Phrasebook.Embedded();

    [Theory]
    [InlineData("how many days from the start of work to first power?", "the start of work", "first power?")]
    [InlineData("how many days between the review opening and its deadline?", "the review opening", "its deadline?")]
    [InlineData("白鹭湾冷却站从动工到投入运行一共多少天？", "动工", "投入运行一共多少天？")]
    [InlineData("开工和通电之间隔了多少天？", "开工", "通电")]
    [InlineData("各自从签约到交付用了多少天？", "签约", "交付用了多少天？")]
    public void Find_TwoEnds_SplitsAtTheWordsBetweenThem(string question, string first, string second)
    {
        var sides = Find(question);

        Assert.Equal(2, sides.Count);
        Assert.Equal(first, question[sides[0].Start..sides[0].End].Trim());
        Assert.Equal(second, question[sides[1].Start..sides[1].End].Trim());
    }

    [Theory]
    [InlineData("how many days since the hall was switched on?", true)]
    [InlineData("自从开工以来过了多少天？", true)]
    [InlineData("how many days after the review opened is that?", false)]
    public void Find_OneEnd_SaysWhetherItRunsUntilToday(string question, bool since)
    {
        var lower = question.ToLowerInvariant();
        var words = Words.FindSpanWords(lower);

        Assert.Single(DaySides.Find(lower, words));
        Assert.Equal(since, DaySides.Since(words));
    }

    [Theory]
    [InlineData("how many days from the report's publication to today?", false, true, true, false)]
    [InlineData("从这篇报道发布到现在多少天？", false, true, true, false)]
    public void Find_NowAndPublished_AreMarkedOnTheirEnd(string question, bool firstNow, bool firstPublished, bool secondNow, bool secondPublished)
    {
        var sides = Find(question);

        Assert.Equal(2, sides.Count);
        Assert.Equal((firstNow, firstPublished), (sides[0].Now, sides[0].Published));
        Assert.Equal((secondNow, secondPublished), (sides[1].Now, sides[1].Published));
    }

    // Words that hold a "to" or a "from" without being one: no ends.
    [Theory]
    [InlineData("至少要多少天？")]
    [InlineData("由于审查要多少天？")]
    [InlineData("how many days did the review take?")]
    public void Find_NoSpanWords_FindsNoEnds(string question) =>
        Assert.Empty(Find(question));

    private static IReadOnlyList<DaySide> Find(string question)
    {
        var lower = question.ToLowerInvariant();
        return DaySides.Find(lower, Words.FindSpanWords(lower));
    }
}
