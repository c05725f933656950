using DealBot.Bot;
using DealBot.Core.Answers;
using DealBot.Operations;
using Microsoft.Extensions.Options;

namespace DealBot.Tests.Bot.Unit;

public sealed class ConversationMemoryTests
{
    [Fact]
    public void Recalls_the_conversation_behind_every_message_of_an_answer()
    {
        var memory = Memory(capacity: 10);
        ConversationTurn[] turns = [new("How much will Nvidia invest?", "Up to US$100 billion.")];

        memory.Remember([11, 12], turns);

        Assert.Equal(turns, memory.Recall(11));
        Assert.Equal(turns, memory.Recall(12));
        Assert.Empty(memory.Recall(13));
    }

    [Fact]
    public void Forgets_the_oldest_answers_beyond_its_capacity()
    {
        var memory = Memory(capacity: 10);
        for (ulong id = 1; id <= 12; id++)
        {
            memory.Remember([id], [new($"q{id}", $"a{id}")]);
        }

        Assert.Empty(memory.Recall(1));
        Assert.Empty(memory.Recall(2));
        Assert.Equal("q3", Assert.Single(memory.Recall(3)).Question);
        Assert.Equal("q12", Assert.Single(memory.Recall(12)).Question);
    }

    [Fact]
    public void Keeps_only_the_latest_turns_of_a_long_conversation()
    {
        var memory = Memory(capacity: 10);
        var turns = Enumerable.Range(1, 9).Select(i => new ConversationTurn($"q{i}", $"a{i}")).ToList();

        memory.Remember([1], turns);

        var recalled = memory.Recall(1);
        Assert.True(recalled.Count < turns.Count);
        Assert.Equal("q9", recalled[^1].Question);
    }

    private static ConversationMemory Memory(int capacity) => new(Options.Create(new BotOptions { RememberedAnswers = capacity }), new NoArchive());

    // Memory alone: what it forgets is gone (the archive is tested on a real database).
    private sealed class NoArchive : IConversationArchive
    {
        public void Save(IReadOnlyList<ulong> messageIds, IReadOnlyList<ConversationTurn> conversation)
        {
        }

        public IReadOnlyList<ConversationTurn>? Load(ulong messageId) => null;
    }
}
