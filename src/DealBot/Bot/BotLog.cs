using Microsoft.Extensions.Logging;

namespace DealBot.Bot;

/// <summary>The bot's log lines. Interaction tokens and the bot token never appear in them.</summary>
internal static partial class BotLog
{
    [LoggerMessage(7001, LogLevel.Information, "Knowledge index missing: building it before connecting to Discord")]
    public static partial void BuildingIndex(ILogger logger);

    [LoggerMessage(7002, LogLevel.Information, "Knowledge index built: {Passages} passages, {Failed} files failed")]
    public static partial void IndexBuilt(ILogger logger, int passages, int failed);

    [LoggerMessage(7017, LogLevel.Warning, "Knowledge index built without {File}: {Reason}")]
    public static partial void IndexFileSkipped(ILogger logger, string file, string reason);

    [LoggerMessage(7018, LogLevel.Warning, "Knowledge index build, {Subject}: {Message}")]
    public static partial void IndexWarning(ILogger logger, string subject, string message);

    [LoggerMessage(7003, LogLevel.Information, "Connected as {BotUserId}; registering slash commands {Scope}")]
    public static partial void Registering(ILogger logger, ulong botUserId, string scope);

    [LoggerMessage(7004, LogLevel.Error, "Registering slash commands failed; /ask and the other commands may be missing or stale")]
    public static partial void RegistrationFailed(ILogger logger, Exception exception);

    [LoggerMessage(7006, LogLevel.Error, "Handling {Event} {Id} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string @event, ulong id);

    [LoggerMessage(7007, LogLevel.Error, "Answering failed; the member got an apology. Question: {Question}")]
    public static partial void AnswerFailed(ILogger logger, Exception exception, string question);

    [LoggerMessage(7008, LogLevel.Warning, "The knowledge base is unavailable: {Reason}")]
    public static partial void StoreUnavailable(ILogger logger, string reason);

    [LoggerMessage(7009, LogLevel.Debug, "Typing indicator in channel {ChannelId} failed")]
    public static partial void TypingFailed(ILogger logger, Exception exception, ulong channelId);

    [LoggerMessage(7010, LogLevel.Information, "Knowledge base {Action} by {UserId}: {Summary}")]
    public static partial void KnowledgeChanged(ILogger logger, string action, ulong userId, string summary);

    [LoggerMessage(7011, LogLevel.Information, "Refused /kb {Subcommand} to {UserId}: not a moderator")]
    public static partial void NotModerator(ILogger logger, string subcommand, ulong userId);

    [LoggerMessage(7012, LogLevel.Warning, "Interaction {InteractionId} could not be answered: {Reason}")]
    public static partial void InteractionLost(ILogger logger, ulong interactionId, string reason);

    [LoggerMessage(7014, LogLevel.Critical, "The bot cannot start: {Reason}")]
    public static partial void StartFailed(ILogger logger, string reason);

    [LoggerMessage(7015, LogLevel.Error, "The moderator command /kb {Action} failed; the moderator was told")]
    public static partial void KnowledgeCommandFailed(ILogger logger, Exception exception, string action);

    [LoggerMessage(7016, LogLevel.Warning, "The moderator command /kb {Action} changed nothing: {Reason}; the moderator was told")]
    public static partial void KnowledgeNotWritten(ILogger logger, string action, string reason);

    [LoggerMessage(7013, LogLevel.Information, "Waiting for {Count} answers in progress before stopping")]
    public static partial void Draining(ILogger logger, int count);
}
