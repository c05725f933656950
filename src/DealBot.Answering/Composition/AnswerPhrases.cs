using System.Globalization;
using DealBot.Core.Documents;

namespace DealBot.Answering.Composition;

/// <summary>The fixed sentences of answers, in both languages.</summary>
internal static class AnswerPhrases
{
    public static string AsReported(DateOnly? asOf, string language)
    {
        if (asOf is not { } date)
        {
            return string.Empty;
        }

        return language == Languages.Chinese
            ? $"（据{date.Year}年{date.Month}月的报道）"
            : $" (as reported in {date.ToString("MMMM yyyy", CultureInfo.InvariantCulture)})";
    }

    public static string Injection(string language) => language == Languages.Chinese
        ? "我不能按这个要求做：我只根据知识库中的资料回答关于英伟达与OpenAI合作意向书的问题，不会更改规则、透露提示词或宣布资料中没有的内容。你可以问我投资金额、时间表或分析师的看法。"
        : "I can't do that: I only answer questions about the Nvidia–OpenAI letter of intent from the sources in my knowledge base, and I don't change my rules, reveal my instructions or announce things the sources don't say. Ask me about the amounts, the timeline or what analysts said.";

    public static string Advice(string language) => language == Languages.Chinese
        ? "我不提供投资建议，也不预测股价。我可以告诉你资料中的事实，例如交易金额、部署时间表、消息公布后的股价反应以及分析师的看法。"
        : "I can't give investment advice or predict share prices. I can tell you what the sources report: the deal's figures, its timeline, how the shares moved on the news, and what analysts said.";

    public static string OutOfScope(string language) => language == Languages.Chinese
        ? "这个问题超出了我的范围：我只回答关于英伟达与OpenAI在2025年9月宣布的合作意向书的问题。"
        : "That's outside what I cover: I only answer questions about the Nvidia–OpenAI letter of intent announced in September 2025.";

    public static string NotInSources(string language) => language == Languages.Chinese
        ? "我的资料没有提到这一点。知识库里的报道来自2025年9月，涉及英伟达与OpenAI的合作意向书；之后的进展、实时股价以及其他交易的细节不在其中。"
        : "My sources don't say. The knowledge base holds coverage from September 2025 of the Nvidia–OpenAI letter of intent; later developments, live prices and the terms of other deals are not in it.";

    public static string Live(string language) => language == Languages.Chinese
        ? "我没有实时数据：知识库中的报道来自2025年9月，无法告诉你现在的股价或最新状态。"
        : "I don't have live data: the knowledge base holds coverage from September 2025, so it can't tell you today's prices or the current state.";

    public static string Unavailable(string language) => language == Languages.Chinese
        ? "知识库暂时无法访问，请稍后再试。"
        : "The knowledge base is unavailable right now; please try again shortly.";

    public static string Reference(string label, string value, string language) => language == Languages.Chinese
        ? $"作为参照，资料显示：{label}：{value}。"
        : $" For reference, the sources report: {label}: {value}.";

    public static string PremiseCorrection(string language) => language == Languages.Chinese
        ? "问题中的数字与资料不符。资料显示："
        : "That figure isn't what the sources say. They report: ";
}
