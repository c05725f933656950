using DealBot.Discord.Testing;
using DealBot.Discord.Testing.Load;

namespace DealBot.Benchmarks;

/// <summary>
/// Plays members against the fake Discord: delivers a question (mention, DM, reply to an earlier answer, or
/// <c>/ask</c>), remembers it for the ledger and waits for its reply; the answer comes back as the message a later
/// reply can reference.
/// </summary>
internal sealed class LoadDriver(FakeDiscordServer fake, FakeCommunity community, ReplyWatch watch, TimeSpan patience)
{
    private readonly List<AskedQuestion> _asked = [];
    private readonly Lock _lock = new();

    /// <summary>Everything asked so far, in the order it went out.</summary>
    public IReadOnlyList<AskedQuestion> Asked
    {
        get { lock (_lock) { return [.. _asked]; } }
    }

    /// <summary>Plays one item to the end; a turn that got no reply ends its conversation.</summary>
    public async Task PlayAsync(LoadItem item)
    {
        var answer = await AskAsync(item.Member, item.FirstVia, item.Turns[0], parent: null);
        foreach (var turn in item.Turns.Skip(1))
        {
            if (answer is null)
            {
                return;
            }

            answer = await AskAsync(item.Member, AskedVia.Reply, turn, answer);
        }
    }

    /// <summary>Asks one question and waits for its reply; returns the bot's answer as a reply would reference it, or null.</summary>
    public async Task<FakeMessage?> AskAsync(FakeUser member, AskedVia via, string text, FakeMessage? parent)
    {
        if (via == AskedVia.Slash)
        {
            var exchange = await fake.SendCommandAsync(community.Ask(member, text));
            Record(new AskedQuestion(0, via, exchange.Interaction.Id, exchange.Interaction.Dispatch.SentTimestamp, exchange.Interaction.Token));
            var response = await watch.WaitAsync(ReplyWatch.InteractionKey(exchange.Interaction.Token), patience);
            return response is null ? null : community.CommandResponse(exchange, Content(response));
        }

        var message = via switch
        {
            AskedVia.Mention => community.Mention(member, text),
            AskedVia.Direct => community.Direct(member, text),
            AskedVia.Reply => community.Reply(member, parent ?? throw new ArgumentNullException(nameof(parent)), text),
            _ => throw new ArgumentOutOfRangeException(nameof(via)),
        };

        // Waiting starts before the dispatch: the reply may come back before the send returns.
        var reply = watch.WaitAsync(ReplyWatch.MessageKey(message.Id), patience);
        var sent = await fake.SendMessageAsync(message);
        Record(new AskedQuestion(0, via, message.Id, sent.Dispatch.SentTimestamp));
        return await reply is { } request && fake.Rest.CreatedMessages.LastOrDefault(m => ReferenceEquals(m.Request, request)) is { } created
            ? community.BotMessage(created, message)
            : null;
    }

    private void Record(AskedQuestion question)
    {
        lock (_lock)
        {
            _asked.Add(question with { Number = _asked.Count + 1 });
        }
    }

    private static string Content(RecordedRequest request)
    {
        var json = request.Json;
        if (json.TryGetProperty("data", out var data))
        {
            json = data;
        }

        return json.TryGetProperty("content", out var content) && content.GetString() is { Length: > 0 } text ? text : "answer";
    }
}
