using Microsoft.Extensions.Logging;

namespace DealBot.Knowledge.Ingestion;

/// <summary>The log lines of <see cref="RefreshState"/> (the logging generator does not extend records).</summary>
internal static partial class RefreshStateLog
{
    [LoggerMessage(EventId = 2212, Level = LogLevel.Warning, Message = "Refresh state discarded ({Problem}); every article is checked again")]
    public static partial void Discarded(ILogger logger, string problem);
}
