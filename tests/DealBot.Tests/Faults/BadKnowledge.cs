using System.Text;

namespace DealBot.Tests.Faults;

/// <summary>What moderators (or accidents) put into the real knowledge base, for the CLI and Discord fault suites.</summary>
internal static class BadKnowledge
{
    public const string DealArticle = "deal-structure-en.md";

    public const string DealTitle = "Nvidia and OpenAI sign a letter of intent worth up to US$100 billion";

    public const string HowMuch = "How much will Nvidia invest in OpenAI?";

    public const string Sentence = "Nvidia's partnership with OpenAI is described in this article at some length, as the text goes on.";

    /// <summary>A figure no article states, as an edit of the real facts.yaml would add it.</summary>
    public static string InflatedFacts(string factsYaml) => factsYaml.Replace("figures:\n", """
        figures:
          - id: nvidia-investment-inflated
            label: { en: "Nvidia's total investment in OpenAI", zh: "英伟达对OpenAI的总投资" }
            aliases: [ "total investment", "how much will Nvidia invest" ]
            kind: money
            value: 300e9
            unit: USD
            qualifier: up_to
            as_of: 2025-09-23
            sources:
              - { article: deal-structure-en, quote: "up to US$300 billion" }

        """, StringComparison.Ordinal);

    /// <summary>The real glossary with an id given twice.</summary>
    public static string DuplicatedGlossary(string glossaryYaml) =>
        glossaryYaml.TrimEnd() + "\n  - { id: nvidia, kind: company, en: [ \"NVDA\" ], zh: [ \"英伟达公司\" ] }\n";

    public static string Article(string id, string body, string published = "published: 2025-10-02\n") =>
        $"---\nid: {id}\ntitle: \"A moderator's article\"\nlanguage: en\n{published}---\n\n{body}\n";

    /// <summary>A saved page of more elements than any article has (61,000), side by side: refused before parsing.</summary>
    public static string CrowdedHtml() => $"<html><body><p>{Sentence}</p>" + string.Concat(Enumerable.Repeat("<b>x</b>", 61_000)) + "</body></html>";

    /// <summary>A saved page nested <paramref name="depth"/> levels deep: flattened before parsing, and its story read.</summary>
    public static string DeepHtml(int depth)
    {
        var sb = new StringBuilder("<html><body>");
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

    public static string Content(string kind, string knowledgeDirectory) => kind switch
    {
        "unclosed" => $"---\nid: deal-structure-en\ntitle: \"Broken edit\"\n\n{Sentence}\n",
        "copy" => File.ReadAllText(Path.Combine(knowledgeDirectory, DealArticle)),
        "crowded" => CrowdedHtml(),
        "case-keys" => $"---\nid: case-keys\nTitle: One\ntitle: Two\n---\n\n{Sentence}\n",
        "huge" => Article("huge", string.Concat(Enumerable.Repeat(Sentence + " ", 52_000))),
        "undated" => Article("undated-note", "An undated note says the quillomatic clause lets Nvidia invest in tranches as each gigawatt is deployed.", published: string.Empty),
        "good" => Article("aurora-note", "A moderator's note says the quillomatic clause lets Nvidia invest in tranches as each gigawatt is deployed."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no such content"),
    };

    /// <summary>No stack trace, no exception dump: what a user may be shown.</summary>
    public static void AssertNoStackTrace(string text)
    {
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", text, StringComparison.Ordinal);
    }
}
