using System.ComponentModel.DataAnnotations;

namespace DealBot.Hosting;

/// <summary>Which passage store serves the knowledge base.</summary>
internal sealed class VectorStoreOptions
{
    public const string SectionName = "VectorStore";

    [Required]
    [RegularExpression("^(embedded|qdrant)$", ErrorMessage = "VectorStore:Provider must be 'embedded' or 'qdrant'")]
    public string Provider { get; set; } = "embedded";
}
