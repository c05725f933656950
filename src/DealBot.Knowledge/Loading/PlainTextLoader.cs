using DealBot.Knowledge.Loading.Dates;

namespace DealBot.Knowledge.Loading;

/// <summary>
/// Plain text: front matter is honoured when present; otherwise the first short line is taken as the title. Without a
/// date in front matter, the story's dateline gives it ("SAN FRANCISCO, Oct 9 (Reuters) -", "新华社2025年10月9日电").
/// </summary>
internal sealed class PlainTextLoader : IDocumentLoader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public LoadedDocument Load(string fileName, string content)
    {
        var (fields, body) = FrontMatter.Split(content);
        var title = fields.GetValueOrDefault("title");
        if (title is null)
        {
            var firstLine = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
            // A reposted news text usually starts with its lead paragraph, not a headline: only a short line is a title.
            if (firstLine is { Length: <= 80 } && !firstLine.EndsWith('。') && !firstLine.EndsWith('.'))
            {
                title = firstLine;
            }
        }

        return PublishedDateFallback.Complete(FrontMatter.ToDocument(fields, title, body));
    }
}
