namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus two later articles written only in one language each, in the words of ordinary
/// news: an English report of a regulator's in-depth investigation (a spokeswoman, a public consultation and its
/// deadline) and a Chinese report of a campus under construction (a nuclear plant, the local utility, the grid
/// connection). Both are fictional.
/// </summary>
public sealed class NewsVocabularyArticlesFixture : AnswerEngineFixture
{
    public const string EnglishId = "regulator-review-en";
    public const string ChineseId = "maple-build-zh";

    private const string English = """
        ---
        id: regulator-review-en
        title: "A UK regulator opens a second, deeper look at the Nvidia–OpenAI partnership"
        language: en
        published: 2026-11-20
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        The UK Competition and Markets Authority (CMA) said on November 19, 2026 that it had opened an in-depth investigation into the partnership between Nvidia and OpenAI.

        Priya Halden, a spokeswoman for the Competition and Markets Authority, said the regulator expects to publish its provisional findings by April 30, 2027.

        The public consultation on the case closes on January 15, 2027, the deadline for comments from customers and rival chipmakers.
        """;

    private const string Chinese = """
        ---
        id: maple-build-zh
        title: "OpenAI枫溪园区正式动工，配套核电站计划2028年并网"
        language: zh
        published: 2026-10-14
        source: "为引擎测试编写的虚构报道（并非真实新闻）"
        ---

        据2026年10月的报道，OpenAI位于俄亥俄州的枫溪园区（Maple Creek campus）已于2026年10月12日正式动工。

        园区的电力将主要来自附近一座核电站，当地电力公司计划在2028年3月之前完成并网。

        项目总经理周立衡表示，园区建成后将提供600个长期岗位。
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        File.WriteAllText(Path.Combine(scratch, ChineseId + ".md"), Chinese);
        return scratch;
    }
}
