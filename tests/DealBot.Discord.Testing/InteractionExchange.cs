using System.Text.Json;

namespace DealBot.Discord.Testing;

/// <summary>
/// One delivered interaction and what the client did about it: the callback, edits of <c>@original</c> and
/// follow-ups, each with the time it arrived after INTERACTION_CREATE went out (<see cref="Delay"/>).
/// </summary>
public sealed class InteractionExchange(DispatchedInteraction interaction, FakeRestApi rest)
{
    public DispatchedInteraction Interaction => interaction;

    public string CallbackPath => $"/interactions/{FakeJson.Id(interaction.Id)}/{interaction.Token}/callback";

    public string OriginalPath => $"/webhooks/{FakeJson.Id(interaction.ApplicationId)}/{interaction.Token}/messages/@original";

    public string FollowUpPath => $"/webhooks/{FakeJson.Id(interaction.ApplicationId)}/{interaction.Token}";

    /// <summary>Every callback POST (a correct client makes exactly one).</summary>
    public IReadOnlyList<RecordedRequest> Callbacks => Matching("POST", CallbackPath);

    public IReadOnlyList<RecordedRequest> OriginalEdits => Matching("PATCH", OriginalPath);

    public IReadOnlyList<RecordedRequest> FollowUps => Matching("POST", FollowUpPath);

    /// <summary>The id of the message the response became (what a member's reply to it references).</summary>
    public ulong OriginalMessageId => rest.OriginalMessageIdOf(interaction.Token);

    /// <summary>How long after the dispatch the request arrived.</summary>
    public TimeSpan Delay(RecordedRequest request) => request.Since(interaction.Dispatch);

    public async Task<RecordedRequest> WaitForCallbackAsync(TimeSpan? timeout = null)
    {
        await Eventually.WaitUntilAsync(() => Callbacks.Count > 0, $"the interaction {interaction.Id} got a callback", timeout);
        return Callbacks[0];
    }

    public async Task<RecordedRequest> WaitForOriginalEditAsync(TimeSpan? timeout = null)
    {
        await Eventually.WaitUntilAsync(() => OriginalEdits.Count > 0, $"the interaction {interaction.Id}'s @original was edited", timeout);
        return OriginalEdits[0];
    }

    /// <summary>
    /// The message the user ends up seeing: the callback's <c>data</c> when it answered at once (type 4), or the
    /// first edit of <c>@original</c> after a deferral (type 5).
    /// </summary>
    public async Task<JsonElement> WaitForResponseMessageAsync(TimeSpan? timeout = null)
    {
        var callback = await WaitForCallbackAsync(timeout);
        var type = callback.Json.GetProperty("type").GetInt32();
        return type switch
        {
            InteractionCallback.ChannelMessage => callback.Json.GetProperty("data"),
            InteractionCallback.Deferred => (await WaitForOriginalEditAsync(timeout)).Json,
            _ => throw new InvalidOperationException($"Callback type {type} carries no message: {callback.Body}"),
        };
    }

    private List<RecordedRequest> Matching(string method, string path)
        => rest.Requests.Where(r => r.Method == method && r.Path == path).ToList();
}
