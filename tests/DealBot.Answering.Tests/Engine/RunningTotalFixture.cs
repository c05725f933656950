namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The real knowledge directory plus one later report, in English only, of a second investment and the running total
/// it brings, with dates of its own, and of the share move after the European Commission opened its review. Fictional.
/// </summary>
public sealed class RunningTotalFixture : AnswerEngineFixture
{
    public const string EnglishId = "running-total-en";

    private const string English = """
        ---
        id: running-total-en
        title: "Nvidia pays OpenAI a second tranche as more systems are ordered"
        language: en
        published: 2026-11-20
        source: "Fictional report written for the engine's tests (not real news)"
        ---

        Nvidia paid a second investment of US$8 billion into OpenAI on November 12, 2026, after OpenAI ordered a further 800 megawatts of Nvidia systems, to be delivered by March 31, 2027.

        With the second investment, Nvidia has invested US$18 billion in OpenAI in total, out of the up to US$100 billion planned.

        Nvidia's share price fell 1.7% on November 13, 2026, the first trading day after the European Commission opened an in-depth review of the deal.
        """;

    protected override string PrepareKnowledge(string scratch)
    {
        CopyKnowledge(scratch);
        File.WriteAllText(Path.Combine(scratch, EnglishId + ".md"), English);
        return scratch;
    }
}
