namespace DealBot.Discord.Testing;

/// <summary>
/// One delivered MESSAGE_CREATE and what the client did about it: typing in its channel and replies to it, each
/// with the time it arrived after the dispatch went out (<see cref="Delay"/>).
/// </summary>
public sealed class MessageExchange(FakeMessage message, SentDispatch dispatch, FakeRestApi rest)
{
    public FakeMessage Message => message;

    public SentDispatch Dispatch => dispatch;

    /// <summary>Created messages that reply to this one (<c>message_reference.message_id</c>).</summary>
    public IReadOnlyList<CreatedMessage> Replies => rest.CreatedMessages.Where(m => m.ReplyTo == message.Id).ToList();

    /// <summary>Typing indicators in the message's channel since the dispatch.</summary>
    public IReadOnlyList<RecordedRequest> Typing
        => rest.Requests.Where(r => r.Is("POST", $"/channels/{FakeJson.Id(message.ChannelId)}/typing") && r.After(dispatch)).ToList();

    public TimeSpan Delay(RecordedRequest request) => request.Since(dispatch);

    public async Task<CreatedMessage> WaitForReplyAsync(TimeSpan? timeout = null)
    {
        await Eventually.WaitUntilAsync(() => Replies.Count > 0, $"message {message.Id} (\"{message.Content}\") got a reply", timeout);
        return Replies[0];
    }
}
