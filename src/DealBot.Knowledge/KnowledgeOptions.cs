using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace DealBot.Knowledge;

/// <summary>Where the knowledge base's articles live, where its index and refresh state are kept, and the limits every article is held to.</summary>
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

    /// <summary>
    /// Largest article a refresh accepts, in bytes: files already in the folder and uploads alike, whatever their type.
    /// A larger file is refused (reported in the refresh's failures) without being read.
    /// </summary>
    [Range(1_024, 50_000_000)]
    public long MaxFileBytes { get; set; } = 2_000_000;

    /// <summary>
    /// Longest a refresh spends reading one article (reading, extracting, cleaning, cutting into passages). A file that
    /// takes longer is refused, so one pathological file cannot hold the refresh (and its lock) for minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan MaxFileReadTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many passages an ingest embeds at once, each on a core of its own; 0 for one per core. Lower it to leave
    /// cores to the bot while a large folder is ingested beside it. A passage's vector does not depend on it.
    /// </summary>
    [Range(0, 256)]
    public int EmbeddingThreads { get; set; }

    /// <summary>Target passage length in characters for English text; Chinese passages are about half as long.</summary>
    [Range(100, 4_000)]
    public int TargetPassageChars { get; set; } = 420;
}

[OptionsValidator]
internal sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>
{
}
