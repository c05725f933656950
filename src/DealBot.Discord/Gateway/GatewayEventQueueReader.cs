using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace DealBot.Discord.Gateway;

/// <summary>The reading side of a <see cref="GatewayEventQueue"/>, as the <see cref="ChannelReader{T}"/> the bot reads.</summary>
internal sealed class GatewayEventQueueReader(GatewayEventQueue queue) : ChannelReader<GatewayEvent>
{
    public override bool CanCount => true;

    public override int Count => queue.Count;

    public override Task Completion => queue.Completion;

    public override bool TryRead([MaybeNullWhen(false)] out GatewayEvent item) => queue.TryRead(out item);

    public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) => queue.WaitToReadAsync(cancellationToken);
}
