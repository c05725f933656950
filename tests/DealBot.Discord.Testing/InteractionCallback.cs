namespace DealBot.Discord.Testing;

/// <summary>Interaction callback types and the message flag a scenario checks (receiving-and-responding.mdx).</summary>
public static class InteractionCallback
{
    /// <summary>CHANNEL_MESSAGE_WITH_SOURCE: the answer itself, at once.</summary>
    public const int ChannelMessage = 4;

    /// <summary>DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "thinking…", to be replaced by editing @original.</summary>
    public const int Deferred = 5;

    /// <summary>MODAL: a form opens for the member; its submission is a new interaction.</summary>
    public const int Modal = 9;

    /// <summary>The EPHEMERAL message flag: only the invoking member sees the message.</summary>
    public const int EphemeralFlag = 64;
}
