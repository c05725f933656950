namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory, copied, plus a follow-up article in each language as a moderator would add it: a new
/// figure and a new date that neither the other articles nor facts.yaml state. The article is fictional.
/// </summary>
public sealed class AddedArticleFixture : AnswerEngineFixture
{
    public const string EnglishId = "agreement-followup-en";
    public const string ChineseId = "agreement-followup-zh";

    private const string English = """
        ---
        id: agreement-followup-en
        title: "Follow-up: Nvidia and OpenAI sign their definitive agreement"
        language: en
        published: 2026-01-20
        ---

        Nvidia and OpenAI signed their definitive agreement on January 15, 2026, according to a follow-up report.

        Under the definitive agreement, Nvidia's second investment in OpenAI, of US$15 billion, is due once the first gigawatt is online.
        """;

    private const string Chinese = """
        ---
        id: agreement-followup-zh
        title: "后续报道：英伟达与OpenAI签署最终协议"
        language: zh
        published: 2026-01-20
        ---

        据后续报道，英伟达与OpenAI于2026年1月15日签署了最终协议。

        根据最终协议，英伟达对OpenAI的第二笔投资为150亿美元，将在第一个千兆瓦上线后投入。
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        File.WriteAllText(Path.Combine(scratch, ChineseId + ".md"), Chinese);
        return scratch;
    }
}
