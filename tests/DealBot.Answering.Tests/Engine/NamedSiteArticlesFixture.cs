namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus two later articles about sites the curated facts never name, written the way
/// newspapers write: figures inside longer sentences, the Chinese one giving the site's English name in brackets. Both
/// are fictional.
/// </summary>
public sealed class NamedSiteArticlesFixture : AnswerEngineFixture
{
    public const string EnglishId = "site-redwood-flats-en";
    public const string ChineseId = "site-pine-bay-zh";

    private const string English = """
        ---
        id: site-redwood-flats-en
        title: "Oregon's Redwood Flats picked for part of the Nvidia–OpenAI build-out"
        language: en
        published: 2026-04-02
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        OpenAI has chosen a former mill town in Oregon for a campus it calls Redwood Flats, and it plans to put 300 megawatts (MW) of Nvidia systems there, part of the first gigawatt the companies agreed on in September 2025.

        The whole project is expected to cost about US$9.6 billion, a figure that includes the halls, the cooling plant and a new substation. Greyhollow Builders, a contractor from Portland, will put it up, and the first hall should be serving models on October 20, 2026.
        """;

    private const string Chinese = """
        ---
        id: site-pine-bay-zh
        title: "青松湾园区落户缅因州：英伟达与OpenAI再添一个园区"
        language: zh
        published: 2026-05-11
        source: "为引擎测试编写的虚构报道（并非真实新闻）"
        ---

        据2026年5月11日的报道，OpenAI选定缅因州的青松湾园区（Pine Bay campus）作为新的数据中心园区，计划部署400兆瓦的英伟达系统；首批机柜预计在2027年2月1日通电。

        报道称，青松湾园区的建设总投资约为160亿美元，由当地一家能源基金参与出资。
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        File.WriteAllText(Path.Combine(scratch, ChineseId + ".md"), Chinese);
        return scratch;
    }
}
