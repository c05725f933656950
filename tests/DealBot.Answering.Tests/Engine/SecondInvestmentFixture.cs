namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus a later report, in each language, of a second investment at a new valuation and
/// of the signed definitive agreement: figures that update or follow the curated ones. Both are fictional.
/// </summary>
public sealed class SecondInvestmentFixture : AnswerEngineFixture
{
    public const string EnglishId = "second-investment-en";
    public const string ChineseId = "second-investment-zh";

    private const string English = """
        ---
        id: second-investment-en
        title: "Nvidia makes its second investment in OpenAI"
        language: en
        published: 2026-11-12
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        Nvidia and OpenAI signed the definitive agreement that follows their letter of intent on June 30, 2026, the two companies said.

        With the second investment, Nvidia has invested US$17 billion in OpenAI in total, out of the up to US$100 billion planned.

        Nvidia paid a second investment of US$7 billion into OpenAI on November 4, 2026, after OpenAI ordered a further 700 megawatts of Nvidia systems.

        Nvidia's second investment of US$7 billion in OpenAI is based on a valuation of OpenAI of US$760 billion, OpenAI's latest valuation as of November 2026.
        """;

    private const string Chinese = """
        ---
        id: second-investment-zh
        title: "英伟达向OpenAI完成第二笔投资"
        language: zh
        published: 2026-11-13
        source: "为引擎测试编写的虚构报道（并非真实新闻）"
        ---

        英伟达与OpenAI表示，双方已于2026年6月30日签署意向书之后的最终协议。

        完成第二笔投资后，英伟达已向OpenAI累计投资170亿美元，计划总额为最高1000亿美元。

        英伟达于2026年11月4日向OpenAI支付了第二笔70亿美元的投资，此前OpenAI追加订购了700兆瓦的英伟达系统。

        英伟达第二笔70亿美元投资所依据的OpenAI估值为7600亿美元，这是OpenAI截至2026年11月的最新估值。
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);

        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        File.WriteAllText(Path.Combine(scratch, ChineseId + ".md"), Chinese);
        return scratch;
    }
}
