using DealBot.Core.Documents;
using DealBot.Core.Facts;

namespace DealBot.Answering.Plugins;

/// <summary>Puts the sources written in the answer's language first, so the first citation reads naturally.</summary>
internal static class SourceOrder
{
    public static IReadOnlyList<FactSource> ByLanguage(IReadOnlyList<FactSource> sources, string language) =>
        [.. sources.OrderBy(s => Languages.Detect(s.Quote) == language ? 0 : 1)];
}
