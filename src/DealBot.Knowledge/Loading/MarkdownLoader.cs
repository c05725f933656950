using DealBot.Knowledge.Loading.Dates;
using Markdig;

namespace DealBot.Knowledge.Loading;

/// <summary>
/// Markdown with optional YAML front matter (id, title, language, published, source). Without a date in front matter,
/// the story's dateline gives it.
/// </summary>
internal sealed class MarkdownLoader : IDocumentLoader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown"];

    public LoadedDocument Load(string fileName, string content)
    {
        var (fields, body) = FrontMatter.Split(content);
        var title = fields.GetValueOrDefault("title");
        var plain = Markdown.ToPlainText(body, Pipeline);
        if (title is null)
        {
            // Without a declared title, the first heading names the article.
            var heading = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#'));
            title = heading?.TrimStart('#').Trim();
        }

        return PublishedDateFallback.Complete(FrontMatter.ToDocument(fields, title, plain));
    }
}
