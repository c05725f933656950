namespace DealBot.Knowledge.Facts.Yaml;

// The shape of glossary.yaml: a list under the key "glossary".

internal sealed class GlossaryFileModel
{
    public List<GlossaryEntryModel>? Glossary { get; set; }
}

internal sealed class GlossaryEntryModel : YamlEntry
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public List<string>? En { get; set; }

    public List<string>? Zh { get; set; }

    public List<string>? Aliases { get; set; }

    public string? Represents { get; set; }
}
