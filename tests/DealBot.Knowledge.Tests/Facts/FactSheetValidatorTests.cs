using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Knowledge.Facts;

namespace DealBot.Knowledge.Tests.Facts;

public sealed class FactSheetValidatorTests
{
    private static readonly Dictionary<string, string> Articles = new()
    {
        ["a-en"] = "Nvidia plans to invest up to\nUS$100 billion in OpenAI.",
        ["a-zh"] = "英伟达计划向OpenAI投资最高\n1000亿美元。",
    };

    [Fact]
    public void A_consistent_sheet_has_no_problems_and_whitespace_differences_are_tolerated()
    {
        var sheet = Sheet(Figure("total", new FactSource("a-en", "up to US$100  billion"), new FactSource("a-zh", "最高1000亿美元")));

        Assert.Empty(new FactSheetValidator().Validate(sheet, Articles));
    }

    [Fact]
    public void Reports_unknown_articles_and_quotes_that_are_not_in_the_article()
    {
        var sheet = Sheet(Figure("total", new FactSource("missing", "x"), new FactSource("a-en", "up to US$1000 billion")));

        var problems = new FactSheetValidator().Validate(sheet, Articles);

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Message.Contains("'missing' does not exist", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("quote not found", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_duplicate_ids_reversed_periods_missing_sources_and_wrong_units()
    {
        var source = new FactSource("a-en", "Nvidia");
        var sheet = new FactSheet(
            [Figure("dup", source), Figure("dup", source) with { Unit = "W" }, Figure("nosrc")],
            [new TimelineEvent("e", "2026", new DateOnly(2026, 12, 31), new DateOnly(2026, 1, 1), new LocalizedText("x", "x"), true, new DateOnly(2025, 9, 23), [source])],
            [],
            []);

        var problems = new FactSheetValidator().Validate(sheet, Articles);

        Assert.Contains(problems, p => p.EntryId == "dup" && p.Message.Contains("used 2 times", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EntryId == "dup" && p.Message.Contains("unit 'W'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EntryId == "nosrc" && p.Message.Contains("no source", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.EntryId == "e" && p.Message.Contains("after", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Reports_a_pairing_with_a_figure_that_does_not_exist_or_with_itself()
    {
        var source = new FactSource("a-en", "Nvidia");
        var sheet = Sheet(Figure("total", source) with { PairsWith = ["capacity"] }, Figure("capacity", source) with { PairsWith = ["capacity", "nowhere"] });

        var problems = new FactSheetValidator().Validate(sheet, Articles);

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("capacity", p.EntryId));
        Assert.Contains(problems, p => p.Message.Contains("'nowhere'", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_label_missing_in_one_language()
    {
        var sheet = Sheet(Figure("total", new FactSource("a-en", "Nvidia")) with { Label = new LocalizedText("Investment", "") });

        var problem = Assert.Single(new FactSheetValidator().Validate(sheet, Articles));
        Assert.Contains("both languages", problem.Message, StringComparison.Ordinal);
    }

    private static FactSheet Sheet(params FactFigure[] figures) => new(figures, [], [], []);

    private static FactFigure Figure(string id, params FactSource[] sources) =>
        new(id, new LocalizedText("Investment", "投资"), [], FigureKind.Money, 100e9m, "USD", Qualifier.UpTo, new DateOnly(2025, 9, 23), sources);
}
