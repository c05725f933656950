namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus two later reports of one campus that is part of the plan: each names the campus's
/// own capacity in the same sentence as the plan's (the 10 GW, the first phase's 1 GW). Both are fictional.
/// </summary>
public sealed class CampusWithinPlanFixture : AnswerEngineFixture
{
    public const string EnglishId = "juniper-flats-en";
    public const string ChineseId = "juniper-flats-zh";

    private const string English = """
        ---
        id: juniper-flats-en
        title: "OpenAI picks Juniper Flats for a 600 MW campus"
        language: en
        published: 2026-10-20
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        On October 19, 2026, OpenAI and Nvidia said OpenAI will build a campus of 600 megawatts (MW) at Juniper Flats, as part of the at least 10 gigawatts (GW) of Nvidia systems planned under their letter of intent.

        The Juniper Flats campus will host 600 megawatts (MW) of Nvidia systems, which count towards the first phase of 1 gigawatt (GW).
        """;

    private const string Chinese = """
        ---
        id: juniper-flats-zh
        title: "OpenAI选定杜松滩建设600兆瓦园区"
        language: zh
        published: 2026-10-21
        source: "为引擎测试编写的虚构报道（并非真实新闻）"
        ---

        2026年10月19日，OpenAI与英伟达宣布，OpenAI将在杜松滩建设一座600兆瓦的园区，这是意向书中计划部署的至少10吉瓦英伟达系统的一部分。

        杜松滩园区将容纳600兆瓦的英伟达系统，计入第一阶段的1吉瓦。
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        File.WriteAllText(Path.Combine(scratch, ChineseId + ".md"), Chinese);
        return scratch;
    }
}
