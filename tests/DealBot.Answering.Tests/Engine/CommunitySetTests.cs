using DealBot.Answering.Evaluation;
using Xunit.Abstractions;

namespace DealBot.Answering.Tests.Engine;

/// <summary>
/// The community probe set (Resources/community, see its README): questions written blind, in members' voices. Each
/// file must be read whole and pass at least as many expectations as it did when these floors were measured, so any
/// regression fails. The product target is higher: 90% of questions and 90% of conversation turns. The floors are raised
/// as the engine improves; the test half is only ever measured, never tuned on.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class CommunitySetTests(AnswerEngineFixture engine, CommunityAddedArticleFixture added, FreshAddedArticleFixture fresh, SecondAddedArticleFixture second, FourthAddedArticleFixture fourth, FifthAddedArticleFixture fifth, SixthAddedArticleFixture sixth, ITestOutputHelper output)
    : IClassFixture<CommunityAddedArticleFixture>, IClassFixture<FreshAddedArticleFixture>, IClassFixture<SecondAddedArticleFixture>, IClassFixture<FourthAddedArticleFixture>, IClassFixture<FifthAddedArticleFixture>, IClassFixture<SixthAddedArticleFixture>
{
    [Theory]
    // Target: 90% of questions (93 of 103) — met.
    [InlineData("tune/questions.jsonl", 103, 97)]
    // Target: 90% of conversation turns (19 of 21) — met.
    [InlineData("tune/conversations.jsonl", 21, 21)]
    // Target: 90% of questions (88 of 97).
    [InlineData("test/questions.jsonl", 97, 64)]
    // Target: 90% of conversation turns (36 of 39).
    [InlineData("test/conversations.jsonl", 39, 27)]
    // Target: 90% of questions (81 of 90).
    [InlineData("tune-extra/questions-en.jsonl", 90, 82)]
    // Target: 90% of questions (81 of 90).
    [InlineData("tune-extra/questions-zh.jsonl", 90, 79)]
    // Target: 90% of conversation turns (22 of 24).
    [InlineData("tune-extra/conversations-en.jsonl", 24, 22)]
    // Target: 90% of conversation turns (22 of 24).
    [InlineData("tune-extra/conversations-zh.jsonl", 24, 19)]
    // The fresh set (fresh/, seed 20261203), written blind a second time. Held-out floors keep one of slack: a few
    // answers count days from today's date.
    [InlineData("fresh/tune/questions.jsonl", 95, 87)]
    [InlineData("fresh/tune/conversations.jsonl", 36, 35)]
    [InlineData("fresh/test/questions.jsonl", 105, 84)]
    [InlineData("fresh/test/conversations.jsonl", 54, 41)]
    // The fourth set (fourth/, seed 20261204), written blind again.
    [InlineData("fourth/tune/questions.jsonl", 97, 83)]
    [InlineData("fourth/tune/conversations.jsonl", 45, 43)]
    [InlineData("fourth/test/questions.jsonl", 103, 77)]
    [InlineData("fourth/test/conversations.jsonl", 45, 36)]
    // The fifth set (fifth/, seed 20261205), written blind again, with three later articles that update curated figures.
    [InlineData("fifth/tune/questions.jsonl", 56, 46)]
    [InlineData("fifth/tune/conversations.jsonl", 36, 28)]
    [InlineData("fifth/test/questions.jsonl", 44, 33)]
    [InlineData("fifth/test/conversations.jsonl", 24, 18)]
    // The sixth set (sixth/, seed 20261206), written blind again, with two later articles that update curated figures.
    // Floors are the first measurement (050fa02) less one.
    [InlineData("sixth/tune/questions.jsonl", 54, 40)]
    [InlineData("sixth/tune/conversations.jsonl", 30, 21)]
    [InlineData("sixth/test/questions.jsonl", 46, 36)]
    [InlineData("sixth/test/conversations.jsonl", 30, 21)]
    public async Task Eval_CommunityFile_NoFewerPassesThanMeasured(string file, int lines, int floor)
    {
        await AssertFloorAsync(engine, file, lines, floor);
    }

    [Theory]
    // Target: 90% of questions (5 of 5).
    [InlineData("tune/added-questions.jsonl", 5, 4)]
    // Target: 90% of questions (10 of 11). 3 passed at 5f6e4a9, 2 at 23138d9.
    [InlineData("test/added-questions.jsonl", 11, 5)]
    public async Task Eval_CommunityAddedArticleFile_NoFewerPassesThanMeasured(string file, int lines, int floor)
    {
        await AssertFloorAsync(added, file, lines, floor);
    }

    [Theory]
    [InlineData("fresh/tune/added-questions.jsonl", 11, 8)]
    [InlineData("fresh/test/added-questions.jsonl", 13, 7)]
    public async Task Eval_FreshAddedArticleFile_NoFewerPassesThanMeasured(string file, int lines, int floor)
    {
        await AssertFloorAsync(fresh, file, lines, floor);
    }

    [Theory]
    [InlineData("added2/tune/added-questions.jsonl", 22, 8)]
    [InlineData("added2/test/added-questions.jsonl", 26, 15)]
    public async Task Eval_SecondAddedArticleFile_NoFewerPassesThanMeasured(string file, int lines, int floor)
    {
        await AssertFloorAsync(second, file, lines, floor);
    }

    [Theory]
    [InlineData("fourth/tune/added-questions.jsonl", 13, 6)]
    [InlineData("fourth/test/added-questions.jsonl", 11, 3)]
    public async Task Eval_FourthAddedArticleFile_NoFewerPassesThanMeasured(string file, int lines, int floor)
    {
        await AssertFloorAsync(fourth, file, lines, floor);
    }

    [Theory]
    [InlineData("fifth/tune/added-questions.jsonl", 28, 15)]
    [InlineData("fifth/tune/added-conversations.jsonl", 12, 6)]
    [InlineData("fifth/test/added-questions.jsonl", 32, 9)]
    [InlineData("fifth/test/added-conversations.jsonl", 18, 2)]
    public async Task Eval_FifthAddedArticleFile_NoFewerPassesThanMeasured(string file, int lines, int floor)
    {
        await AssertFloorAsync(fifth, file, lines, floor);
    }

    [Theory]
    [InlineData("sixth/tune/added-questions.jsonl", 23, 7)]
    [InlineData("sixth/tune/added-conversations.jsonl", 18, 4)]
    [InlineData("sixth/test/added-questions.jsonl", 17, 7)]
    [InlineData("sixth/test/added-conversations.jsonl", 6, 0)]
    public async Task Eval_SixthAddedArticleFile_NoFewerPassesThanMeasured(string file, int lines, int floor)
    {
        await AssertFloorAsync(sixth, file, lines, floor);
    }

    private async Task AssertFloorAsync(AnswerEngineFixture fixture, string file, int lines, int floor)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Resources", "community", file);
        var text = File.ReadAllLines(path);
        var expectations = Expectation.ParseLines(text);
        Assert.Equal(lines, text.Count(l => !string.IsNullOrWhiteSpace(l)));
        Assert.Equal(lines, expectations.Count);

        var results = await ExpectationRunner.RunAsync(fixture.Engine, expectations);

        var failing = results.Where(r => !r.Passed).Select(r => r.Expectation.Id).ToList();
        var passed = results.Count - failing.Count;
        output.WriteLine($"{file}: {passed} of {results.Count} passed (floor {floor}, target {(results.Count * 9 + 9) / 10})");
        Assert.True(passed >= floor, $"{file}: {passed} of {results.Count} passed, below the floor of {floor}; failing: {string.Join(", ", failing)}");
    }
}
