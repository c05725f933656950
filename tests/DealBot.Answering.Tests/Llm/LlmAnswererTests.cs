using DealBot.Answering.Llm;
using DealBot.Core.Answers;
using DealBot.Core.Retrieval;
using Microsoft.Extensions.AI;
using Moq;
using static DealBot.Answering.Tests.Llm.ScriptedChatClient;

namespace DealBot.Answering.Tests.Llm;

public sealed class LlmAnswererTests
{
    [Fact]
    public async Task AnswerAsync_ModelCallsCalculator_ToolRunsAndResultReachesModelAndAnswer()
    {
        string? toolResult = null;
        var model = new ScriptedChatClient(
            (_, options) => Call(options, "PerUnit", new()
            {
                ["amount"] = 100000000000m,
                ["count"] = 10,
                ["per"] = "GW",
                ["inputs"] = new[] { "deal-structure-en#nvidia-investment-total" },
            }),
            (conversation, _) =>
            {
                toolResult = LastToolResult(conversation);
                return Reply("As reported in September 2025, up to US$100 billion over at least 10 GW works out at US$10 billion per GW.", "deal-structure-en/p0");
            });

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("How much per gigawatt?"));

        Assert.True(result.Outcome == LlmOutcome.Answered, result.Problem + " | " + string.Join(" | ", result.Steps) + " | TOOL " + toolResult);
        Assert.Contains("1e10", toolResult, StringComparison.Ordinal);
        var calculation = Assert.Single(result.Answer!.Calculations);
        Assert.Equal("100e9 / 10", calculation.Expression);
        Assert.Equal("1e10", calculation.Result);
        Assert.Equal(["deal-structure-en#nvidia-investment-total"], calculation.Inputs);
        Assert.Equal("deal-structure-en", Assert.Single(result.Answer.Citations).SourceId);
        Assert.Contains(result.Steps, s => s.StartsWith("Calculator.PerUnit", StringComparison.Ordinal));
        Assert.NotNull(result.Answer.Trace);
    }

    [Fact]
    public async Task AnswerAsync_ModelSearchesKnowledge_CitesTheFoundPassage()
    {
        var search = new Mock<IKnowledgeSearch>();
        search.Setup(s => s.SearchAsync("Nvidia share price", It.IsAny<SearchOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([LlmTestRig.MarketPassage]);
        var model = new ScriptedChatClient(
            (_, options) => Call(options, "Search", new() { ["query"] = "Nvidia share price" }),
            (conversation, _) =>
            {
                Assert.Contains("market-reaction-en/p5", LastToolResult(conversation), StringComparison.Ordinal);
                return Reply("Nvidia's shares rose as much as 4.4% on the news.", "market-reaction-en/p5");
            });

        var result = await LlmTestRig.Answerer(model, search.Object).AnswerAsync(LlmTestRig.Request("How did Nvidia's stock react?"));

        Assert.True(result.Outcome == LlmOutcome.Answered, result.Problem + " | " + string.Join(" | ", result.Steps));
        var citation = Assert.Single(result.Answer!.Citations);
        Assert.Equal("market-reaction-en", citation.SourceId);
        Assert.Equal(LlmTestRig.MarketPassage.Passage.Text, citation.Quote);
        Assert.Equal(LlmTestRig.MarketPassage.Passage.Id, citation.PassageId);
        Assert.Equal(LlmTestRig.Published, result.Answer.AsOf);
    }

    [Fact]
    public async Task AnswerAsync_FabricatedNumberTwice_RetriedOnceThenFailedForFallback()
    {
        var model = new ScriptedChatClient(
            (_, _) => Reply("Nvidia will invest $300 billion.", "deal-structure-en/p0"),
            (_, _) => Reply("Nvidia will invest $300 billion in total.", "deal-structure-en/p0"));

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("How much will Nvidia invest?"));

        Assert.Equal(LlmOutcome.Failed, result.Outcome);
        Assert.True(result.ShouldFallBack);
        Assert.Null(result.Answer);
        Assert.Equal("$300 billion", Assert.Single(result.Verdict!.Ungrounded).Text);
        Assert.Equal(2, model.Calls.Count);
        var retry = model.Calls[1][^1];
        Assert.Equal(ChatRole.User, retry.Role);
        Assert.Contains("$300 billion", retry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_FabricatedThenCorrected_AnsweredOnRetry()
    {
        var model = new ScriptedChatClient(
            (_, _) => Reply("Nvidia will invest $300 billion.", "deal-structure-en/p0"),
            (_, _) => Reply("Nvidia plans to invest up to US$100 billion, as reported in September 2025.", "deal-structure-en/p0"));

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("How much will Nvidia invest?"));

        Assert.Equal(LlmOutcome.Answered, result.Outcome);
        Assert.Equal(AnswerStatus.Answered, result.Answer!.Status);
        Assert.Equal(2, model.Calls.Count);
    }

    [Fact]
    public async Task AnswerAsync_ChineseAnswerOfEnglishPassage_Grounded()
    {
        var model = new ScriptedChatClient((_, _) => Reply("据2025年9月的报道，英伟达计划投资最高1000亿美元。", "deal-structure-en/p0"));

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("英伟达投资多少？", "zh"));

        Assert.Equal(LlmOutcome.Answered, result.Outcome);
        Assert.Equal("zh", result.Answer!.Language);
    }

    [Fact]
    public async Task AnswerAsync_CalculatorErrorShownToModel_ModelRecovers()
    {
        string? toolResult = null;
        var model = new ScriptedChatClient(
            (_, options) => Call(options, "Ratio", new() { ["amount"] = 100, ["comparedWith"] = 0 }),
            (conversation, _) =>
            {
                toolResult = LastToolResult(conversation);
                return Reply("The sources give no basis for that comparison.", "deal-structure-en/p0");
            });

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("Compare with zero"));

        Assert.Contains("divide by zero", toolResult, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(LlmOutcome.Answered, result.Outcome);
        Assert.Empty(result.Answer!.Calculations);
    }

    [Fact]
    public async Task AnswerAsync_UnreadableReplyTwice_Failed()
    {
        var model = new ScriptedChatClient(
            (_, _) => new ChatMessage(ChatRole.Assistant, "Sure! Nvidia invests a lot."),
            (_, _) => new ChatMessage(ChatRole.Assistant, "Still not JSON."));

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("How much?"));

        Assert.True(result.ShouldFallBack);
        Assert.Contains("JSON", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AnsweredWithoutKnownCitation_Failed()
    {
        var model = new ScriptedChatClient(
            (_, _) => Reply("Nvidia plans to invest up to US$100 billion.", "made-up/p9"),
            (_, _) => Reply("Nvidia plans to invest up to US$100 billion."));

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("How much?"));

        Assert.True(result.ShouldFallBack);
    }

    [Fact]
    public async Task AnswerAsync_ModelRefuses_DeclinedWithStatus()
    {
        var model = new ScriptedChatClient((_, _) => new ChatMessage(ChatRole.Assistant,
            "```json\n{\"status\":\"refused\",\"answer\":\"I can't give investment advice.\",\"citations\":[]}\n```"));

        var result = await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("Should I buy Nvidia stock?"));

        Assert.Equal(LlmOutcome.Declined, result.Outcome);
        Assert.Equal(AnswerStatus.Refused, result.Answer!.Status);
        Assert.False(result.ShouldFallBack);
    }

    [Fact]
    public async Task AnswerAsync_ModelUnavailable_FailedNotThrown()
    {
        var model = new Mock<IChatClient>();
        model.Setup(m => m.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection refused"));

        var result = await LlmTestRig.Answerer(model.Object).AnswerAsync(LlmTestRig.Request("How much?"));

        Assert.True(result.ShouldFallBack);
        Assert.Contains("connection refused", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var model = new ScriptedChatClient((_, _) => throw new OperationCanceledException(cts.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("How much?"), cts.Token));
    }

    [Fact]
    public async Task AnswerAsync_NoModel_DisabledAndFailed()
    {
        var answerer = LlmTestRig.Answerer(null);

        Assert.False(answerer.IsEnabled);
        Assert.True((await answerer.AnswerAsync(LlmTestRig.Request("How much?"))).ShouldFallBack);
    }

    [Fact]
    public async Task AnswerAsync_SystemPrompt_CarriesLanguageAndTodayButNoPassage()
    {
        var model = new ScriptedChatClient((_, _) => Reply("Nvidia plans to invest up to US$100 billion.", "deal-structure-en/p0"));

        await LlmTestRig.Answerer(model).AnswerAsync(LlmTestRig.Request("How much?", "zh"));

        var system = model.Calls[0][0];
        Assert.Equal(ChatRole.System, system.Role);
        Assert.DoesNotContain("deal-structure-en/p0", system.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestRig.DealPassage.Passage.Text, system.Text, StringComparison.Ordinal);
        Assert.Contains("Reply in zh", system.Text, StringComparison.Ordinal);
        Assert.Contains("Today is 2026-03-01", system.Text, StringComparison.Ordinal);
    }
}
