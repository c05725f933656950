using System.Globalization;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Knowledge.Facts.Yaml;

namespace DealBot.Knowledge.Facts;

/// <summary>Turns the YAML shapes into the Core records, reporting a missing or unknown value with its file and line.</summary>
internal sealed class FactSheetMapper(string factsFile, string glossaryFile)
{
    private readonly string _factsFile = factsFile;
    private readonly string _glossaryFile = glossaryFile;

    public IReadOnlyList<FactFigure> MapFigures(IEnumerable<FigureModel?>? figures) =>
        [.. (figures ?? []).OfType<FigureModel>().Select(MapFigure)];

    public IReadOnlyList<TimelineEvent> MapEvents(IEnumerable<EventModel?>? events) =>
        [.. (events ?? []).OfType<EventModel>().Select(MapEvent)];

    public IReadOnlyList<AttributedView> MapViews(IEnumerable<ViewModel?>? views) =>
        [.. (views ?? []).OfType<ViewModel>().Select(MapView)];

    public IReadOnlyList<GlossaryEntry> MapGlossary(IEnumerable<GlossaryEntryModel?>? entries) =>
        [.. (entries ?? []).OfType<GlossaryEntryModel>().Select(MapGlossaryEntry)];

    private FactFigure MapFigure(FigureModel m)
    {
        var id = Required(m.Id, "id", "figure", m.Line, _factsFile);
        var what = $"figure '{id}'";

        var kindText = Required(m.Kind, "kind", what, m.Line, _factsFile);
        if (!FactVocabulary.Kinds.TryGetValue(FactVocabulary.Normalize(kindText), out var kind))
        {
            throw Unknown("kind", kindText, what, FactVocabulary.Kinds.Keys, m.Line);
        }

        var qualifierText = Required(m.Qualifier, "qualifier", what, m.Line, _factsFile);
        if (!FactVocabulary.Qualifiers.TryGetValue(FactVocabulary.Normalize(qualifierText), out var qualifier))
        {
            throw Unknown("qualifier", qualifierText, what, FactVocabulary.Qualifiers.Keys, m.Line);
        }

        var valueText = Required(m.Value, "value", what, m.Line, _factsFile);
        if (!decimal.TryParse(valueText.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FactSheetException(_factsFile, m.Line, $"{what}: value '{valueText}' is not a number (write it in digits, for example 100000000000 or 100e9)");
        }

        return new FactFigure(
            id,
            Text(Required(m.Label, "label", what, m.Line, _factsFile)),
            [.. (m.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())],
            kind,
            value,
            Required(m.Unit, "unit", what, m.Line, _factsFile).Trim(),
            qualifier,
            Date(Required(m.AsOf, "as_of", what, m.Line, _factsFile), "as_of", what, m.Line),
            Sources(m.Sources, what),
            m.Note is null ? null : Text(m.Note))
        {
            Headline = m.Headline,
            PairsWith = [.. (m.PairsWith ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim())],
        };
    }

    private TimelineEvent MapEvent(EventModel m)
    {
        var id = Required(m.Id, "id", "event", m.Line, _factsFile);
        var what = $"event '{id}'";
        var when = Required(m.When, "when", what, m.Line, _factsFile).Trim();

        DateOnly? from = null, to = null;
        if (PeriodParser.TryParse(when, out var periodFrom, out var periodTo))
        {
            from = periodFrom;
            to = periodTo;
        }

        if (!string.IsNullOrWhiteSpace(m.From))
        {
            from = Date(m.From, "from", what, m.Line);
        }

        if (!string.IsNullOrWhiteSpace(m.To))
        {
            to = Date(m.To, "to", what, m.Line);
        }

        return new TimelineEvent(
            id,
            when,
            from,
            to,
            Text(Required(m.What, "what", what, m.Line, _factsFile)),
            m.Planned,
            Date(Required(m.AsOf, "as_of", what, m.Line, _factsFile), "as_of", what, m.Line),
            Sources(m.Sources, what))
        {
            Headline = m.Headline,
        };
    }

    private AttributedView MapView(ViewModel m)
    {
        var id = Required(m.Id, "id", "view", m.Line, _factsFile);
        var what = $"view '{id}'";
        var stance = FactVocabulary.Normalize(Required(m.Stance, "stance", what, m.Line, _factsFile));
        if (!FactVocabulary.Stances.Contains(stance))
        {
            throw Unknown("stance", m.Stance!, what, FactVocabulary.Stances, m.Line);
        }

        return new AttributedView(
            id,
            Text(Required(m.Person, "person", what, m.Line, _factsFile)),
            m.Affiliation is null ? new LocalizedText(string.Empty, string.Empty) : Text(m.Affiliation),
            stance,
            [.. (m.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())],
            Text(Required(m.Said, "said", what, m.Line, _factsFile)),
            Sources(m.Sources, what));
    }

    private GlossaryEntry MapGlossaryEntry(GlossaryEntryModel m)
    {
        var id = Required(m.Id, "id", "glossary entry", m.Line, _glossaryFile);
        var what = $"glossary entry '{id}'";
        var kind = FactVocabulary.Normalize(Required(m.Kind, "kind", what, m.Line, _glossaryFile));
        if (!FactVocabulary.GlossaryKinds.Contains(kind))
        {
            throw new FactSheetException(_glossaryFile, m.Line, UnknownMessage("kind", m.Kind!, what, FactVocabulary.GlossaryKinds));
        }

        return new GlossaryEntry(id, kind, Names(m.En), Names(m.Zh))
        {
            Aliases = Names(m.Aliases),
            Represents = string.IsNullOrWhiteSpace(m.Represents) ? null : m.Represents.Trim(),
        };

        static string[] Names(List<string>? names) =>
            [.. (names ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())];
    }

    private List<FactSource> Sources(List<SourceModel>? sources, string what) =>
        [.. (sources ?? []).OfType<SourceModel>().Select(s => new FactSource(
            Required(s.Article, "article", $"{what}, source", s.Line, _factsFile).Trim(),
            Required(s.Quote, "quote", $"{what}, source", s.Line, _factsFile)))];

    private DateOnly Date(string text, string field, string what, int line) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FactSheetException(_factsFile, line, $"{what}: {field} '{text}' is not a date (write YYYY-MM-DD)");

    private static LocalizedText Text(LocalizedModel m) => new(m.En?.Trim() ?? string.Empty, m.Zh?.Trim() ?? string.Empty);

    private static T Required<T>(T? value, string field, string what, int line, string file)
        where T : class =>
        value is null || (value is string s && string.IsNullOrWhiteSpace(s))
            ? throw new FactSheetException(file, line, $"{what}: '{field}' is missing")
            : value;

    private FactSheetException Unknown(string field, string value, string what, IEnumerable<string> allowed, int line) =>
        new(_factsFile, line, UnknownMessage(field, value, what, allowed));

    private static string UnknownMessage(string field, string value, string what, IEnumerable<string> allowed) =>
        $"{what}: unknown {field} '{value}' (expected one of: {string.Join(", ", allowed)})";
}
