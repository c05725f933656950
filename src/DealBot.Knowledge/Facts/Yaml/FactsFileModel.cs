namespace DealBot.Knowledge.Facts.Yaml;

// The shapes of facts.yaml, as written by moderators (snake_case keys). Values that map to enums or dates stay
// strings here so that FactSheetMapper can report a bad one with its line.

internal sealed class FactsFileModel
{
    public List<FigureModel>? Figures { get; set; }

    public List<EventModel>? Events { get; set; }

    public List<ViewModel>? Views { get; set; }
}

internal sealed class LocalizedModel : YamlEntry
{
    public string? En { get; set; }

    public string? Zh { get; set; }
}

internal sealed class SourceModel : YamlEntry
{
    public string? Article { get; set; }

    public string? Quote { get; set; }
}

internal sealed class FigureModel : YamlEntry
{
    public string? Id { get; set; }

    public LocalizedModel? Label { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Kind { get; set; }

    public string? Value { get; set; }

    public string? Unit { get; set; }

    public string? Qualifier { get; set; }

    public string? AsOf { get; set; }

    public LocalizedModel? Note { get; set; }

    public bool Headline { get; set; }

    public List<string>? PairsWith { get; set; }

    public List<SourceModel>? Sources { get; set; }
}

internal sealed class EventModel : YamlEntry
{
    public string? Id { get; set; }

    public string? When { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public LocalizedModel? What { get; set; }

    public bool Planned { get; set; }

    public bool Headline { get; set; }

    public string? AsOf { get; set; }

    public List<SourceModel>? Sources { get; set; }
}

internal sealed class ViewModel : YamlEntry
{
    public string? Id { get; set; }

    public LocalizedModel? Person { get; set; }

    public LocalizedModel? Affiliation { get; set; }

    public string? Stance { get; set; }

    public List<string>? Topics { get; set; }

    public LocalizedModel? Said { get; set; }

    public List<SourceModel>? Sources { get; set; }
}
