using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge;

/// <summary>Where the knowledge base's articles live and where its index and refresh state are kept.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The directory of articles, facts.yaml and glossary.yaml. Relative paths are resolved by the host.</summary>
    [Required]
    public string SourceDirectory { get; set; } = "knowledge";

    /// <summary>Where the embedded index, the embedding cache and the refresh state live; empty for a per-user folder.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Where the embedding model is prepared (copied out of its package, quantised); empty for a per-user folder.</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>Largest file a refresh accepts, in bytes.</summary>
    [Range(1_024, 50_000_000)]
    public long MaxFileBytes { get; set; } = 2_000_000;

    /// <summary>Target passage length in characters for English text; Chinese passages are about half as long.</summary>
    [Range(100, 4_000)]
    public int TargetPassageChars { get; set; } = 420;
}

[OptionsValidator]
internal sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
}
