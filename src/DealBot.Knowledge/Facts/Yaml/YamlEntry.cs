using YamlDotNet.Serialization;

namespace DealBot.Knowledge.Facts.Yaml;

/// <summary>Base of the YAML shapes: remembers the line the entry starts on, for error messages.</summary>
internal abstract class YamlEntry
{
    /// <summary>1-based line of the entry in its file; 0 when unknown.</summary>
    [YamlIgnore]
    public int Line { get; set; }
}
