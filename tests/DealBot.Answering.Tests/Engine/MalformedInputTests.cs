using DealBot.Answering.Tests.Understanding;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Text;

namespace DealBot.Answering.Tests.Engine;

/// <summary>Inputs that once threw inside the engine: broken Unicode, numbers beyond any amount, follow-ups of follow-ups.</summary>
public sealed class MalformedInputTests(AnswerEngineFixture fixture) : IClassFixture<AnswerEngineFixture>
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task AnswerAsync_LoneSurrogate_IsAnswered(int row)
    {
        var question = row == 0 ? "how much" + (char)0xd800 + " will nvidia" + (char)0xdc00 + " invest?" : "英伟达" + (char)0xd83d + "投资多少";
        var answer = await fixture.Engine.AnswerAsync(new Question(question));
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Theory]
    [InlineData(0xfffe)]
    [InlineData(0xffff)]
    public async Task AnswerAsync_Noncharacter_IsAnswered(int code)
    {
        var question = (char)code + "英伟达投资多少？";
        var answer = await fixture.Engine.AnswerAsync(new Question(question));
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Theory]
    [InlineData("-450,611,816,818,877,912,997,451,608. MW")]
    [InlineData("what if it ran for 450,611,816,818,877,912,997,451,608 months?")]
    public async Task AnswerAsync_CountTimesUnitBeyondDecimal_IsAnswered(string question)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public async Task AnswerAsync_LongMessageCutInsideAnEmoji_IsAnswered()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(new string('a', 1999) + "🚀 how much will Nvidia invest?"));
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public async Task AnswerAsync_ThreePartQuestionNamingCompanies_IsAnswered()
    {
        var answer = await fixture.Engine.AnswerAsync(new Question("How many times larger is Stargate than Nvidia's planned investment in OpenAI? and What antitrust worries did Andre Barlow raise? and What are the terms of AMD's chip deal with OpenAI? and the news"));
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public async Task AnswerAsync_FollowUpOfAFollowUpReplacingTheCompany_IsAnswered()
    {
        ConversationTurn[] history = [new("How much did the share price of Nvidia rise on the news?", "4.4%"), new("and why?", "...")];
        var answer = await fixture.Engine.AnswerAsync(new Question("what about Oracle?", history));
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public void Resolve_FollowUpOfAFollowUp_ReplacesTheCompany()
    {
        var core = new HashSet<string>(StringComparer.Ordinal) { "nvidia", "openai" };
        var resolver = new FollowUpResolver();
        var second = resolver.Resolve(Frames.Read("and why?"), Frames.Read("How much did the share price of Nvidia rise on the news?"), null, Frames.Glossary, Frames.Matcher, core);
        var third = resolver.Resolve(Frames.Read("what about Oracle?"), second, null, Frames.Glossary, Frames.Matcher, core);
        Assert.Contains("oracle", third.EntityIds);
    }

    [Theory]
    [InlineData(0xd800)]
    [InlineData(0xdc00)]
    [InlineData(0xfffe)]
    public void Of_BrokenUnicode_BecomesASpace(int code) =>
        Assert.Equal("ab cd", WellFormedText.Of("ab" + (char)code + "cd"));

    [Fact]
    public void Of_WellFormedPair_IsKept() =>
        Assert.Equal("ok 🚀", WellFormedText.Of("ok 🚀"));

    [Fact]
    public void Truncate_InsideASurrogatePair_CutsBeforeIt() =>
        Assert.Equal("ab", WellFormedText.Truncate("ab🚀", 3));
}
