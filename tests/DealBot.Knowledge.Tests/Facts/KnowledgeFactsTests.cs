using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Knowledge.Facts;

namespace DealBot.Knowledge.Tests.Facts;

/// <summary>The repository's own knowledge/ directory: its facts load, cite their articles verbatim and cover the brief.</summary>
public sealed class KnowledgeFactsTests
{
    private static readonly Lazy<Task<FactSheet>> Sheet =
        new(() => new FactSheetLoader().LoadAsync(KnowledgeDirectory.Path, CancellationToken.None));

    [Fact]
    public async Task The_facts_validate_against_the_articles_with_no_problems()
    {
        var sheet = await Sheet.Value;
        var bodies = KnowledgeDirectory.Articles().ToDictionary(a => a.Field("id")!, a => a.Body);

        var problems = new FactSheetValidator().Validate(sheet, bodies);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData(FigureKind.Money, 100e9, Qualifier.UpTo, 1)]
    [InlineData(FigureKind.Money, 10e9, Qualifier.Exact, 1)]
    [InlineData(FigureKind.Money, 500e9, Qualifier.Exact, 2)]
    [InlineData(FigureKind.Power, 10e9, Qualifier.AtLeast, 1)]
    [InlineData(FigureKind.Power, 1e9, Qualifier.Exact, 1)]
    [InlineData(FigureKind.Count, 8e6, Qualifier.MoreThan, 1)]
    [InlineData(FigureKind.Percent, 4.4, Qualifier.UpTo, 1)]
    [InlineData(FigureKind.Percent, 6, Qualifier.About, 1)]
    [InlineData(FigureKind.Percent, 0.8, Qualifier.Exact, 1)]
    [InlineData(FigureKind.Count, 700e6, Qualifier.MoreThan, 1)]
    [InlineData(FigureKind.Money, 5e9, Qualifier.Exact, 1)]
    [InlineData(FigureKind.Money, 6.6e9, Qualifier.Exact, 1)]
    public async Task Every_figure_of_the_brief_is_present_with_its_qualifier(FigureKind kind, double value, Qualifier qualifier, int count)
    {
        var sheet = await Sheet.Value;

        var matches = sheet.Figures.Where(f => f.Kind == kind && f.Value == (decimal)value).ToList();

        Assert.Equal(count, matches.Count);
        Assert.All(matches, f => Assert.Equal(qualifier, f.Qualifier));
        Assert.All(matches, f => Assert.Contains(f.Sources, s => s.ArticleId.EndsWith("-en", StringComparison.Ordinal)));
        Assert.All(matches, f => Assert.Contains(f.Sources, s => s.ArticleId.EndsWith("-zh", StringComparison.Ordinal)));
        Assert.All(matches, f => Assert.Equal(new DateOnly(2025, 9, 23), f.AsOf));
    }

    [Theory]
    [InlineData("2019", "2019-01-01", false)]
    [InlineData("2024", "2024-01-01", false)]
    [InlineData("2024-10", "2024-10-01", false)]
    [InlineData("2025", "2025-01-01", false)]
    [InlineData("2025-09", "2025-09-01", false)]
    [InlineData("2025-09-22", "2025-09-22", false)]
    [InlineData("2026-H2", "2026-07-01", true)]
    [InlineData("2026-12", "2026-12-01", true)]
    public async Task Every_dated_row_of_the_timeline_is_present(string when, string from, bool planned)
    {
        var sheet = await Sheet.Value;

        var timelineEvent = Assert.Single(sheet.Events, e => e.When == when);

        Assert.Equal(DateOnly.Parse(from), timelineEvent.From);
        Assert.Equal(planned, timelineEvent.Planned);
        Assert.Equal(2, timelineEvent.Sources.Select(s => s.ArticleId[^3..]).Distinct().Count());
    }

    [Fact]
    public async Task Conditional_events_have_no_dates_and_are_planned()
    {
        var sheet = await Sheet.Value;

        var conditional = sheet.Events.Where(e => e.From is null).ToList();

        Assert.Contains(conditional, e => e.When.Contains("definitive agreement", StringComparison.Ordinal));
        Assert.Contains(conditional, e => e.When.Contains("coming weeks", StringComparison.Ordinal));
        Assert.All(conditional, e => Assert.True(e.Planned));
    }

    [Theory]
    [InlineData("Sam Altman", "supportive", "compute")]
    [InlineData("Analysts", "mixed", "circularity")]
    [InlineData("Stacy Rasgon", "mixed", "circularity")]
    [InlineData("Andre Barlow", "critical", "monopoly")]
    [InlineData("Competitors (unnamed)", "concerned", "competition")]
    public async Task Every_attributed_view_is_present(string person, string stance, string topic)
    {
        var sheet = await Sheet.Value;

        var view = Assert.Single(sheet.Views, v => v.Person.En == person && v.Topics.Contains(topic));

        Assert.Equal(stance, view.Stance);
        Assert.False(string.IsNullOrWhiteSpace(view.Said.Zh));
    }

    [Fact]
    public async Task The_rasgon_view_cites_circularity_in_both_languages()
    {
        var sheet = await Sheet.Value;

        var rasgon = Assert.Single(sheet.Views, v => v.Id == "rasgon-circularity");

        Assert.Contains(rasgon.Sources, s => s.Quote.Contains("circularity", StringComparison.Ordinal) && s.ArticleId.EndsWith("-en", StringComparison.Ordinal));
        Assert.Contains(rasgon.Sources, s => s.Quote.Contains("循环", StringComparison.Ordinal) && s.ArticleId.EndsWith("-zh", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("英伟达", "nvidia")]
    [InlineData("甲骨文", "oracle")]
    [InlineData("博通", "broadcom")]
    [InlineData("伯恩斯坦", "bernstein")]
    [InlineData("星际之门", "stargate")]
    [InlineData("台积电", "tsmc")]
    [InlineData("软银", "softbank")]
    [InlineData("微软", "microsoft")]
    [InlineData("英特尔", "intel")]
    [InlineData("美国司法部", "doj")]
    [InlineData("联邦贸易委员会", "ftc")]
    [InlineData("千兆瓦", "gigawatt")]
    [InlineData("吉瓦", "gigawatt")]
    [InlineData("奥特曼", "sam-altman")]
    [InlineData("安德烈·巴洛", "andre-barlow")]
    [InlineData("意向书", "letter-of-intent")]
    [InlineData("无投票权股份", "non-voting-shares")]
    [InlineData("循环", "circularity")]
    [InlineData("垄断", "monopoly")]
    [InlineData("周活跃用户", "weekly-active-users")]
    [InlineData("太瓦时", "terawatt-hour")]
    public async Task The_glossary_maps_chinese_names_to_their_entity(string chinese, string id)
    {
        var sheet = await Sheet.Value;

        var entry = Assert.Single(sheet.Glossary, g => g.Chinese.Contains(chinese));

        Assert.Equal(id, entry.Id);
        Assert.NotEmpty(entry.English);
    }

    [Theory]
    [InlineData("GW", "gigawatt")]
    [InlineData("Vera Rubin", "vera-rubin")]
    [InlineData("Andre Barlow", "andre-barlow")]
    [InlineData("letter of intent", "letter-of-intent")]
    public async Task The_glossary_maps_english_names_to_their_entity(string english, string id)
    {
        var sheet = await Sheet.Value;

        Assert.Equal(id, Assert.Single(sheet.Glossary, g => g.English.Contains(english)).Id);
    }
}
