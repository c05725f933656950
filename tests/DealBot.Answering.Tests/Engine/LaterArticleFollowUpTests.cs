using DealBot.Core.Answers;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// A later part of a message, or a follow-up, that names nothing of its own is about the article added later the part
/// or answer before it quoted: its figures and its people answer, not the curated ones.
/// </summary>
public sealed class LaterArticleFollowUpTests(NamedSiteArticlesFixture fixture) : IClassFixture<NamedSiteArticlesFixture>
{
    [Theory]
    [InlineData("青松湾园区计划部署多少兆瓦？占第一阶段1吉瓦的百分之几？", "40%")]
    [InlineData("how many MW is redwood flats getting? what percentage of the first 1 GW phase?", "30%")]
    public async Task AnswerAsync_LaterPartNamingNothing_ComputesWithThePartBefore(string question, string expected)
    {
        var answer = await fixture.Engine.AnswerAsync(new Question(question));

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what will redwood flats cost?", "and who is the contractor?", "Greyhollow")]
    [InlineData("红木滩园区要花多少钱？", "承建商是谁？", "Greyhollow")]
    public async Task AnswerAsync_WhoFollowUpAfterALaterArticle_NamesThatArticlesPeople(string first, string second, string expected)
    {
        var answer = await fixture.FollowUpAsync(first, second);

        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Altman", answer.Text, StringComparison.Ordinal);
    }
}
