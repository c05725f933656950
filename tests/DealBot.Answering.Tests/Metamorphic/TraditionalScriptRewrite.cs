namespace DealBot.Answering.Tests.Metamorphic;

/// <summary>A Chinese question written in traditional characters, as members in Taiwan and Hong Kong write (英伟达 → 英偉達).</summary>
public sealed class TraditionalScriptRewrite(ChineseScriptTable table) : IQuestionRewrite
{
    public string Name => "traditional script";

    public string? Rewrite(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!Han.Contains(question))
        {
            return null;
        }

        var traditional = table.ToTraditional(question);
        return traditional == question ? null : traditional;
    }
}
