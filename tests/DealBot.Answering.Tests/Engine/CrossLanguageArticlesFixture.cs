namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus two later articles written only in one language each: a Chinese report of a
/// delivery schedule whose reasons are given by named people, and an English report of a power contract whose one
/// sentence lists several figures, each in a clause of its own. Both are fictional.
/// </summary>
public sealed class CrossLanguageArticlesFixture : AnswerEngineFixture
{
    public const string ChineseId = "cooling-delay-zh";
    public const string EnglishId = "harbor-power-en";

    private const string Chinese = """
        ---
        id: cooling-delay-zh
        title: "英伟达称冷却认证拖慢首批交付，最迟2027年6月30日完成"
        language: zh
        published: 2026-09-14
        source: "为引擎测试编写的虚构报道（并非真实新闻）"
        ---

        据知情人士透露，英伟达向OpenAI交付的首批机柜比原计划少了三成。

        英伟达负责数据中心业务的副总裁欧阳明（Ming Ouyang）解释了首批交付偏少的原因：每个园区的冷却系统都要在现场重新测试，他宁可开头慢一些，也不愿让机房因为漏液停工。

        分析师韩雪预计，供应紧张的问题会在下一个季度缓解。
        """;

    private const string English = """
        ---
        id: harbor-power-en
        title: "OpenAI buys 2 gigawatts of wind and solar power for a coastal campus"
        language: en
        published: 2026-08-03
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        OpenAI has agreed to buy 2,000 megawatts of electricity for its coastal campus under a 12-year contract.

        Dana Okafor, OpenAI's head of infrastructure for the coastal campus, said the contract keeps its halls running through the evening peak.

        The contract is built from three parts: 500 megawatts of wind power from an offshore farm, 1,200 megawatts of solar panels on reclaimed land, and 300 megawatts of battery storage for the evening peak.
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        File.WriteAllText(Path.Combine(scratch, ChineseId + ".md"), Chinese);
        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        return scratch;
    }
}
