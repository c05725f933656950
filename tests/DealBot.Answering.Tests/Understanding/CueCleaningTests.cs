using DealBot.Answering.Understanding;

namespace DealBot.Answering.Tests.Understanding;

/// <summary>Of overlapping phrases the longer says what is meant; cues inside numbers or assumptions say nothing.</summary>
public sealed class CueCleaningTests
{
    [Theory]
    [InlineData("按同样比例算，需要多少钱？", "op.scale", "op.share")]
    [InlineData("照这个比例，10吉瓦要多少钱？", "op.scale", "op.share")]
    [InlineData("at the same $ per GW, what would 4 GW cost?", "op.scale", "op.per")]
    [InlineData("按比例算，4吉瓦要多少钱？", "op.scale", "op.share")]
    public void Read_OperationInsideALongerPhrase_IsShadowed(string question, string kept, string shadowed)
    {
        var frame = Frames.Read(question);

        Assert.True(frame.Has(kept), $"{kept} missing: {Describe(frame)}");
        Assert.False(frame.Has(shadowed), $"{shadowed} present: {Describe(frame)}");
    }

    [Theory]
    [InlineData("according to the news, how much is nvidia investing?")]
    [InlineData("per the article, how much is nvidia investing?")]
    public void Read_AttributionFiller_AsksForNoViewAndNoRate(string question)
    {
        var frame = Frames.Read(question);

        Assert.False(frame.Has("ask.view"), Describe(frame));
        Assert.False(frame.Has("op.per"), Describe(frame));
    }

    [Theory]
    [InlineData("according to the news, what did analysts say?")]
    [InlineData("报道里分析师怎么看？")]
    public void Read_AttributionFillerBesideAViewQuestion_TheViewStillAsks(string question) =>
        Assert.Equal(AnswerType.View, Frames.Read(question).Asked);

    [Theory]
    [InlineData("how much of the 100 billion is left?", false)]
    [InlineData("how much of the 100 billion would the first tranche be?", true)]
    [InlineData("100 billion中第一笔占多大一部分？", true)]
    public void Read_HowMuchOf_IsAShareUnlessItAsksWhatIsLeft(string question, bool share)
    {
        var frame = Frames.Read(question);

        Assert.Equal(share, frame.Has("op.share"));
        Assert.False(frame.Has("op.portion"), Describe(frame));
    }

    [Theory]
    [InlineData("what is 10% of $30bn?")]
    [InlineData("if it were $45bn, what share would it buy?")]
    public void Read_SignInsideAStatedNumber_AsksForNoAmount(string question) =>
        Assert.DoesNotContain(Frames.Read(question).Cues, c => c.Cue == "ask.amount" && c.Phrase == "$");

    [Theory]
    [InlineData("let's say a GW costs $45bn, how much would 3 GW cost?")]
    [InlineData("ok say the valuation is 600bn, what would 10bn buy?")]
    public void Read_SayOpeningAnAssumption_AsksForNoView(string question)
    {
        var frame = Frames.Read(question);

        Assert.True(frame.Has("frame.hypothetical"), Describe(frame));
        Assert.False(frame.Has("ask.view"), Describe(frame));
    }

    private static string Describe(QuestionFrame frame) => string.Join(", ", frame.Cues.Select(c => $"{c.Cue} '{c.Phrase}'"));
}
