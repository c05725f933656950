using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Bot;

/// <summary>
/// Shows "DealBot is typing…" while an answer is worked out. Discord shows it for about 10 s, so it is renewed every
/// 8 s; <see cref="StopAsync"/> waits for any renewal in flight, so none lands after the reply (which would show the
/// bot typing again).
/// </summary>
internal sealed class TypingIndicator : IDisposable
{
    private static readonly TimeSpan Renewal = TimeSpan.FromSeconds(8);
    private readonly CancellationTokenSource _stop;
    private Task _renewals = Task.CompletedTask;

    private TypingIndicator(CancellationToken cancellationToken) =>
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

    public static async Task<TypingIndicator> StartAsync(IDiscordRestClient rest, ulong channelId, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var indicator = new TypingIndicator(cancellationToken);
        await TriggerAsync(rest, channelId, logger, indicator._stop.Token).ConfigureAwait(false);
        indicator._renewals = indicator.RenewAsync(rest, channelId, time, logger);
        return indicator;
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _renewals.ConfigureAwait(false);
    }

    public void Dispose() => _stop.Dispose();

    private async Task RenewAsync(IDiscordRestClient rest, ulong channelId, TimeProvider time, ILogger logger)
    {
        using var timer = new PeriodicTimer(Renewal, time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                await TriggerAsync(rest, channelId, logger, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task TriggerAsync(IDiscordRestClient rest, ulong channelId, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            // A missing permission or a hiccup only costs the indicator, never the answer.
            BotLog.TypingFailed(logger, ex, channelId);
        }
    }
}
