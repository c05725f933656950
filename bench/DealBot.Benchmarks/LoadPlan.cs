using DealBot.Discord.Testing;
using DealBot.Discord.Testing.Load;

namespace DealBot.Benchmarks;

/// <summary>
/// Who asks what in the load phase: about 30 % of the questions are conversations (the first turn a mention, DM or
/// <c>/ask</c>, the later turns replies to the bot's answers), the rest single questions — mentions, DMs and
/// <c>/ask</c> — each member asking at most its share (the questions divided by the members, rounded up), so the
/// bot's per-member limit is met, not exceeded. The order is shuffled with a fixed seed.
/// </summary>
internal static class LoadPlan
{
    private const double ConversationShare = 0.3;

    public static List<LoadItem> Build(LoadQuestionPool pool, IReadOnlyList<FakeUser> members, int questions, Random random)
    {
        var share = (questions + members.Count - 1) / members.Count;
        var left = members.ToDictionary(m => m, _ => share);
        var items = new List<LoadItem>();
        var asked = 0;
        var memberCursor = 0;
        FakeUser NextMember(int turns)
        {
            for (var tried = 0; tried < members.Count; tried++, memberCursor++)
            {
                var member = members[memberCursor % members.Count];
                if (left[member] >= turns)
                {
                    left[member] -= turns;
                    memberCursor++;
                    return member;
                }
            }

            throw new InvalidOperationException($"no member has {turns} questions left of {share}");
        }

        for (var c = 0; asked < questions * ConversationShare; c++)
        {
            var turns = pool.Conversations[c % pool.Conversations.Count].Take(questions - asked).ToList();
            items.Add(new LoadItem(NextMember(turns.Count), FirstVia(random), turns));
            asked += turns.Count;
        }

        for (var s = 0; asked < questions; s++, asked++)
        {
            items.Add(new LoadItem(NextMember(1), FirstVia(random), [pool.Single(s)]));
        }

        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(items));
        return items;
    }

    /// <summary>How a first question is asked: half mentions, a fifth DMs, the rest <c>/ask</c> (public, so it can be replied to).</summary>
    public static AskedVia FirstVia(Random random) => random.NextDouble() switch
    {
        < 0.5 => AskedVia.Mention,
        < 0.7 => AskedVia.Direct,
        _ => AskedVia.Slash,
    };
}
