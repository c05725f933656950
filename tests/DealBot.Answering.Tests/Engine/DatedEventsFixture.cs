namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus two later reports whose sentences carry two dates each (work started and power
/// switched on; a review opened and its deadline), one in English and one in Chinese. Fictional.
/// </summary>
public sealed class DatedEventsFixture : AnswerEngineFixture
{
    private const string English = """
        ---
        id: fenwick-falls-en
        title: "Nvidia's first Vera Rubin test hall for OpenAI powers up at Fenwick Falls"
        language: en
        published: 2027-01-15
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        Work on the Vera Rubin test hall that Nvidia is building for OpenAI at Fenwick Falls, Oregon, began on October 5, 2026, and the hall's first 200 megawatts were switched on on December 14, 2026.

        The Oregon Public Utility Commission opened a review of the Fenwick Falls power contract on November 2, 2026, and must decide by February 1, 2027.

        The Fenwick Falls hall will hold about 1,600 Vera Rubin racks when it is complete, according to Nvidia.
        """;

    private const string Chinese = """
        ---
        id: egret-bay-zh
        title: "OpenAI白鹭湾冷却站动工，当地环保部门征求公众意见"
        language: zh
        published: 2027-02-10
        source: "为引擎测试编写的虚构报道（并非真实新闻）"
        ---

        OpenAI位于白鹭湾（Egret Bay）的冷却站于2026年11月20日动工，预计2027年4月30日投入运行。

        白鹭湾所在县的环保部门于2026年12月8日开始就白鹭湾冷却站征求公众意见，截止日期为2027年1月7日。

        白鹭湾冷却站将为英伟达为OpenAI部署的系统提供冷却，设计冷却能力为300兆瓦。
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);
        File.WriteAllText(Path.Combine(scratch, "fenwick-falls-en.md"), English);
        File.WriteAllText(Path.Combine(scratch, "egret-bay-zh.md"), Chinese);
        return scratch;
    }
}
