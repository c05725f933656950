namespace DealBot.Answering.Plugins;

/// <summary>A retrieved passage, with the id an answer cites it by.</summary>
/// <param name="CiteId">"source_id/p3": the source and the passage's position in it.</param>
/// <param name="SourceId">The article's id.</param>
/// <param name="Title">The article's title.</param>
/// <param name="Language">"en" or "zh".</param>
/// <param name="Published">The article's publication date.</param>
/// <param name="Text">The passage text, to quote from.</param>
/// <param name="Score">The fused retrieval score.</param>
/// <param name="PassageId">The passage's stable id.</param>
public sealed record PassageHit(
    string CiteId,
    string SourceId,
    string Title,
    string Language,
    DateOnly? Published,
    string Text,
    double Score,
    Guid PassageId)
{
    /// <summary>The cite id of a passage of <paramref name="sourceId"/> at <paramref name="position"/>.</summary>
    public static string CiteIdFor(string sourceId, int position) => $"{sourceId}/p{position}";
}
