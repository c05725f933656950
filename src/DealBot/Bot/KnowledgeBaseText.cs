using DealBot.Core.Documents;
using DealBot.Core.Ingestion;

namespace DealBot.Bot;

/// <summary>
/// What a moderator reads after <c>/kb refresh</c> and <c>/kb add</c>: the outcome first (added, refused and why,
/// nothing published and why, or failed), then the refresh's summary. Every deferred command ends with one of these.
/// File names, reasons and details are not the bot's words, and are shown literally.
/// </summary>
internal static class KnowledgeBaseText
{
    private static bool Zh(string language) => language == Languages.Chinese;

    public static string Refreshed(string language, IngestReport report) => report switch
    {
        { AlreadyRunning: true } => BotText.AlreadyRunning(language),
        { Blocked: { } reason } => Blocked(language, reason, report),
        _ => BotText.Refreshed(language, report),
    };

    public static string Added(string language, string fileName, IngestReport report)
    {
        if (report.AlreadyRunning)
        {
            return BotText.AlreadyRunning(language);
        }

        if (report.Blocked is { } reason)
        {
            return Blocked(language, reason, report);
        }

        var refusal = report.Failed.FirstOrDefault(f => string.Equals(f.File, fileName, StringComparison.Ordinal));
        var name = BotText.Literal(fileName);
        var headline = (Zh(language), refusal) switch
        {
            (true, null) => $"已添加 {name}。",
            (false, null) => $"Added {name}.",
            (true, { } r) => $"未能添加 {name}：{BotText.Literal(r.Reason)}。文件未保存。",
            (false, { } r) => $"Could not add {name}: {BotText.Literal(r.Reason)}. The file was not saved.",
        };
        var others = report with { Failed = [.. report.Failed.Where(f => f != refusal)] };
        return $"{headline}\n{BotText.Refreshed(language, others)}";
    }

    public static string Failed(string language, string? detail, bool rollback = false)
    {
        var what = (Zh(language), rollback) switch
        {
            (true, false) => "知识库刷新失败",
            (true, true) => "回滚失败",
            (false, false) => "The refresh failed",
            (false, true) => "The rollback failed",
        };
        return (Zh(language), detail) switch
        {
            (true, null) => $"{what}（详情已记录在日志中）。线上知识库保持不变，继续回答问题。",
            (false, null) => $"{what} (the details are in the bot's log). The live knowledge base keeps answering as before.",
            (true, { } d) => $"{what}：{BotText.Literal(d)}。线上知识库保持不变，继续回答问题。",
            (false, { } d) => $"{what}: {BotText.Literal(d)}. The live knowledge base keeps answering as before.",
        };
    }

    public static string Interrupted(string language) => Zh(language)
        ? "机器人正在停止，刷新已中断。线上知识库保持不变。"
        : "The bot is stopping, so the refresh was interrupted. The live knowledge base keeps answering as before.";

    private static string Blocked(string language, string blocked, IngestReport report)
    {
        var reason = BotText.Literal(blocked);
        var lines = new List<string>
        {
            Zh(language)
                ? $"没有发布任何更改：{reason}。线上知识库（及其事实和术语表）保持不变，继续回答问题。"
                : $"Nothing was published: {reason}. The live knowledge base, with its facts and glossary, keeps answering as before.",
        };
        lines.AddRange(report.Failed.Select(f => Zh(language)
            ? $"• {BotText.Literal(f.File)}：{BotText.Literal(f.Reason)}"
            : $"• {BotText.Literal(f.File)}: {BotText.Literal(f.Reason)}"));
        return string.Join('\n', lines);
    }
}
