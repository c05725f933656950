namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus a later report, in each language, whose sentences list several reviewing bodies
/// and complaining companies among sentences that name only one. Both are fictional.
/// </summary>
public sealed class ReviewListFixture : AnswerEngineFixture
{
    public const string EnglishId = "review-list-en";
    public const string ChineseId = "review-list-zh";

    private const string English = """
        ---
        id: review-list-en
        title: "More competition authorities look at the Nvidia–OpenAI deal"
        language: en
        published: 2026-10-30
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        The Australian Competition and Consumer Commission asked Nvidia for documents about the deal.

        Four competition authorities are now looking at the Nvidia–OpenAI deal: the Australian Competition and Consumer Commission, the Competition Commission of India, the Turkish Competition Authority and the Swiss Competition Commission.

        A complaint about the deal was filed by three chip buyers: Orrin Labs of Denver, Paloma Systems of Lyon and Quillfeather AI of Seoul.
        """;

    private const string Chinese = """
        ---
        id: review-list-zh
        title: "又有竞争主管机构审查英伟达与OpenAI的交易"
        language: zh
        published: 2026-10-31
        source: "为引擎测试编写的虚构报道（并非真实新闻）"
        ---

        澳大利亚竞争与消费者委员会要求英伟达提交与交易有关的文件。

        目前共有四家竞争主管机构在审查英伟达与OpenAI的交易：澳大利亚竞争与消费者委员会、印度竞争委员会、土耳其竞争管理局和瑞士竞争委员会。

        三家芯片买家就这笔交易提出了投诉：丹佛的奥林实验室、里昂的帕洛玛系统和首尔的羽笔人工智能。
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        File.WriteAllText(Path.Combine(scratch, ChineseId + ".md"), Chinese);
        return scratch;
    }
}
