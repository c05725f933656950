using DealBot.Core.Figures;
using DealBot.Knowledge.Facts;

namespace DealBot.Knowledge.Tests.Facts;

public sealed class FactSheetLoaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dealbot-facts-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Maps_figures_events_views_and_glossary_to_the_core_records()
    {
        await WriteAsync("facts.yaml", """
            figures:
              - id: total
                label: { en: "Planned investment", zh: "计划投资" }
                aliases: [ "deal size", "投资总额" ]
                kind: money
                value: 100000000000
                unit: USD
                qualifier: up_to
                as_of: 2025-09-23
                note: { en: "progressively", zh: "逐步" }
                sources:
                  - { article: a-en, quote: "up to US$100 billion" }
              - id: share
                label: { en: "Share move", zh: "股价变动" }
                kind: percent
                value: 4.4
                unit: "%"
                qualifier: at least
                as_of: 2025-09-23
            events:
              - id: phase
                when: 2026-H2
                what: { en: "First phase", zh: "第一阶段" }
                planned: true
                as_of: 2025-09-23
                sources: [ { article: a-en, quote: "second half" } ]
              - id: explicit
                when: "2025"
                to: 2025-09-22
                what: { en: "Earlier", zh: "更早" }
                as_of: 2025-09-23
              - id: conditional
                when: "once a definitive agreement is signed"
                what: { en: "First tranche", zh: "首笔" }
                planned: true
                as_of: 2025-09-23
            views:
              - id: v
                person: { en: "Stacy Rasgon", zh: "Stacy Rasgon" }
                affiliation: { en: "Bernstein", zh: "伯恩斯坦" }
                stance: mixed
                topics: [ circularity ]
                said: { en: "circularity", zh: "循环" }
            """);
        await WriteAsync("glossary.yaml", """
            glossary:
              - { id: nvidia, kind: company, en: [ "Nvidia" ], zh: [ "英伟达" ] }
            """);

        var sheet = await new FactSheetLoader().LoadAsync(_directory, CancellationToken.None);

        var total = Assert.Single(sheet.Figures, f => f.Id == "total");
        Assert.Equal(FigureKind.Money, total.Kind);
        Assert.Equal(100_000_000_000m, total.Value);
        Assert.Equal("USD", total.Unit);
        Assert.Equal(Qualifier.UpTo, total.Qualifier);
        Assert.Equal(new DateOnly(2025, 9, 23), total.AsOf);
        Assert.Equal("Planned investment", total.Label.En);
        Assert.Equal("计划投资", total.Label.Zh);
        Assert.Equal(["deal size", "投资总额"], total.Aliases);
        Assert.Equal("逐步", total.Note?.Zh);
        var source = Assert.Single(total.Sources);
        Assert.Equal("a-en", source.ArticleId);
        Assert.Equal("up to US$100 billion", source.Quote);

        var share = Assert.Single(sheet.Figures, f => f.Id == "share");
        Assert.Equal(4.4m, share.Value);
        Assert.Equal(Qualifier.AtLeast, share.Qualifier);
        Assert.Empty(share.Sources);
        Assert.Null(share.Note);

        var phase = Assert.Single(sheet.Events, e => e.Id == "phase");
        Assert.Equal("2026-H2", phase.When);
        Assert.Equal(new DateOnly(2026, 7, 1), phase.From);
        Assert.Equal(new DateOnly(2026, 12, 31), phase.To);
        Assert.True(phase.Planned);

        var explicitEvent = Assert.Single(sheet.Events, e => e.Id == "explicit");
        Assert.Equal(new DateOnly(2025, 1, 1), explicitEvent.From);
        Assert.Equal(new DateOnly(2025, 9, 22), explicitEvent.To);
        Assert.False(explicitEvent.Planned);

        var conditional = Assert.Single(sheet.Events, e => e.Id == "conditional");
        Assert.Null(conditional.From);
        Assert.Null(conditional.To);

        var view = Assert.Single(sheet.Views);
        Assert.Equal("mixed", view.Stance);
        Assert.Equal(["circularity"], view.Topics);
        Assert.Equal("伯恩斯坦", view.Affiliation.Zh);

        var entry = Assert.Single(sheet.Glossary);
        Assert.Equal(("nvidia", "company"), (entry.Id, entry.Kind));
        Assert.Equal(["英伟达"], entry.Chinese);
    }

    [Fact]
    public async Task Missing_files_give_an_empty_fact_sheet()
    {
        var sheet = await new FactSheetLoader().LoadAsync(_directory, CancellationToken.None);

        Assert.Empty(sheet.Figures);
        Assert.Empty(sheet.Events);
        Assert.Empty(sheet.Views);
        Assert.Empty(sheet.Glossary);
    }

    [Fact]
    public async Task Malformed_yaml_names_the_file_and_line()
    {
        await WriteAsync("facts.yaml", """
            figures:
              - id: total
                label: { en: "Planned investment", zh: "计划投资"
                kind: money
            """);

        var ex = await Assert.ThrowsAsync<FactSheetException>(() => new FactSheetLoader().LoadAsync(_directory, CancellationToken.None));

        Assert.Equal("facts.yaml", ex.File);
        Assert.NotNull(ex.Line);
        Assert.InRange(ex.Line!.Value, 3, 5);
        Assert.Contains("facts.yaml, line ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_qualifier_names_the_value_and_the_line_of_its_figure()
    {
        await WriteAsync("facts.yaml", """
            figures:
              - id: ok
                label: { en: "a", zh: "甲" }
                kind: money
                value: 1
                unit: USD
                qualifier: exact
                as_of: 2025-09-23
              - id: bad
                label: { en: "b", zh: "乙" }
                kind: money
                value: 1
                unit: USD
                qualifier: roughly
                as_of: 2025-09-23
            """);

        var ex = await Assert.ThrowsAsync<FactSheetException>(() => new FactSheetLoader().LoadAsync(_directory, CancellationToken.None));

        Assert.Equal(9, ex.Line);
        Assert.Contains("'roughly'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("up_to", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: money", "kind: cash", "unknown kind 'cash'")]
    [InlineData("as_of: 2025-09-23", "as_of: 23/09/2025", "not a date")]
    [InlineData("value: 1", "value: lots", "not a number")]
    [InlineData("unit: USD", "unit: USD\n    colour: red", "unknown key 'colour'")]
    public async Task Bad_values_in_a_figure_throw_with_a_clear_reason(string original, string replacement, string expected)
    {
        const string figure = """
            figures:
              - id: f
                label: { en: "a", zh: "甲" }
                kind: money
                value: 1
                unit: USD
                qualifier: exact
                as_of: 2025-09-23
            """;
        await WriteAsync("facts.yaml", figure.Replace(original, replacement, StringComparison.Ordinal));

        var ex = await Assert.ThrowsAsync<FactSheetException>(() => new FactSheetLoader().LoadAsync(_directory, CancellationToken.None));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.NotNull(ex.Line);
    }

    [Fact]
    public async Task An_unknown_glossary_kind_names_the_glossary_file()
    {
        await WriteAsync("glossary.yaml", """
            glossary:
              - { id: nvidia, kind: company, en: [ "Nvidia" ], zh: [ "英伟达" ] }
              - { id: x, kind: animal, en: [ "X" ], zh: [ "X" ] }
            """);

        var ex = await Assert.ThrowsAsync<FactSheetException>(() => new FactSheetLoader().LoadAsync(_directory, CancellationToken.None));

        Assert.Equal("glossary.yaml", ex.File);
        Assert.Equal(3, ex.Line);
    }

    private Task WriteAsync(string name, string text) => File.WriteAllTextAsync(Path.Combine(_directory, name), text);
}
