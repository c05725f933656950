using System.Text;
using DealBot.Knowledge.Tests.Ingestion;

namespace DealBot.Knowledge.Tests.Faults;

/// <summary>Files a refresh must refuse on their own, made the way a moderator (or an accident) makes them.</summary>
internal static class BadFiles
{
    public const string Sentence = "Nvidia's partnership with OpenAI is described in this article at some length, as the text goes on.";

    public static string Article(string id, string body) => SyncFixture.Markdown(id, "A bad file", "en", body);

    /// <summary>HTML whose elements nest 100,000 deep: quadratic for the parser, so it is flattened before parsing.</summary>
    public static string DeepHtml(int depth = 100_000)
    {
        var sb = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("<div>");
        }

        sb.Append("<p>").Append(Sentence).Append("</p>");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("</div>");
        }

        return sb.Append("</body></html>").ToString();
    }

    /// <summary>HTML of 70,000 elements side by side: more than any article has, so it is refused before parsing.</summary>
    public static string CrowdedHtml() => "<html><body><p>" + Sentence + "</p>" + string.Concat(Enumerable.Repeat("<span>x</span>", 70_000)) + "</body></html>";

    /// <summary>Markdown quoted ten thousand levels deep.</summary>
    public static string DeepMarkdown() => Article("deep-quotes", string.Concat(Enumerable.Repeat("> ", 10_000)) + Sentence);

    /// <summary>A file larger than the default limit of 2 MB.</summary>
    public static string Huge() => Article("huge", string.Concat(Enumerable.Repeat(Sentence + " ", 52_000)));

    public static void Create(FaultKnowledge kb, string file)
    {
        switch (file)
        {
            case "deep.html":
                kb.Write(file, DeepHtml());
                break;
            case "crowded.html":
                kb.Write(file, CrowdedHtml());
                break;
            case "deep-quotes.md":
                kb.Write(file, DeepMarkdown());
                break;
            case "case-keys.md":
                kb.Write(file, $"---\nid: case-keys\nTitle: One title\ntitle: Another title\n---\n\n{Sentence}\n");
                break;
            case "twice.md":
                kb.Write(file, $"---\nid: twice\ntitle: One\ntitle: Two\n---\n\n{Sentence}\n");
                break;
            case "huge.md":
                kb.Write(file, Huge());
                break;
            case "empty.md":
                kb.WriteBytes(file, []);
                break;
            case "latin1.txt":
                kb.WriteBytes(file, Encoding.Latin1.GetBytes("Nvidia investit jusqu'à 100 milliards de dollars dans OpenAI, écrit la presse française."));
                break;
            case "unclosed.md":
                kb.Write(file, $"---\nid: unclosed\ntitle: Never closed\n\n{Sentence}\n");
                break;
            case "bad-yaml.md":
                kb.Write(file, $"---\nid: [unterminated\ntitle: \"x\n---\n\n{Sentence}\n");
                break;
            case "bad-date.md":
                kb.Write(file, Article("bad-date", Sentence).Replace("published: 2025-09-23", "published: the day after", StringComparison.Ordinal));
                break;
            case "headings.md":
                kb.Write(file, Article("headings", "Nvidia and OpenAI\n\nThe letter of intent\n\nWhat comes next\n\nSee also"));
                break;
            case "scripts.html":
                kb.Write(file, "<html><body><script>var text = 'Nvidia plans to invest up to US$100 billion';</script><nav>Home</nav></body></html>");
                break;
            case "slides.pdf":
                kb.WriteBytes(file, [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
                break;
            case "outside.md":
                var outside = Path.Combine(kb.Kb.Root, "outside-secret.md");
                File.WriteAllText(outside, Article("outside", "A file outside the knowledge folder, reached through a link. " + Sentence));
                File.CreateSymbolicLink(kb.PathOf(file), outside);
                break;
            case "etc-passwd.txt":
                File.CreateSymbolicLink(kb.PathOf(file), "/etc/passwd");
                break;
            case "dangling.md":
                File.CreateSymbolicLink(kb.PathOf(file), kb.PathOf("was-deleted.md"));
                break;
            case "loop.md":
                File.CreateSymbolicLink(kb.PathOf(file), kb.PathOf("loop-back.md"));
                File.CreateSymbolicLink(kb.PathOf("loop-back.md"), kb.PathOf(file));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(file), file, "no such bad file");
        }
    }
}
