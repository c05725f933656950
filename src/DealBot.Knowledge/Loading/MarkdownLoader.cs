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
        var plain = ToPlainText(body);
        if (title is null)
        {
            // Without a declared title, the first heading names the article.
            var heading = body.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith('#'));
            title = heading?.TrimStart('#').Trim();
        }

        return PublishedDateFallback.Complete(FrontMatter.ToDocument(fields, title, plain));
    }

    private static string ToPlainText(string body)
    {
        try
        {
            return Markdown.ToPlainText(body, Pipeline);
        }
        catch (ArgumentException ex)
        {
            // Markdig stops at its nesting limit (thousands of '>' or list levels) with an ArgumentException; no article
            // is written that way, so it is a bad file, not a bug.
            throw new DocumentLoadException("the Markdown is nested too deeply to read (no article needs thousands of levels of quotes or lists)", ex);
        }
    }
}
