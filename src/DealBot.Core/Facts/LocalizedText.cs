using DealBot.Core.Documents;

namespace DealBot.Core.Facts;

/// <summary>A text in both languages of the bot.</summary>
public sealed record LocalizedText(string En, string Zh)
{
    /// <summary>The text in <paramref name="language"/> ("en" or "zh"), falling back to the other one when empty.</summary>
    public string For(string language) =>
        language == Languages.Chinese
            ? (string.IsNullOrWhiteSpace(Zh) ? En : Zh)
            : (string.IsNullOrWhiteSpace(En) ? Zh : En);
}
