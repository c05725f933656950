using System.Security.Cryptography;
using System.Text;
using DealBot.Core.Facts;

namespace DealBot.Knowledge.Facts;

/// <summary>A fact sheet and the texts of facts.yaml and glossary.yaml it was parsed from (null for an absent file).</summary>
public sealed record FactSheetSource(FactSheet Sheet, string? FactsText, string? GlossaryText)
{
    /// <summary>A hash of both texts: a change to either is a change of the knowledge base to publish.</summary>
    public string Hash { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{FactsText?.Length}:{FactsText}\n{GlossaryText?.Length}:{GlossaryText}")));
}
