using System.Globalization;
using DealBot.Core.Documents;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Discord;
using DealBot.Discord.Rest;

namespace DealBot.Bot;

/// <summary>
/// What the bot itself says (not the answers), in the member's language: short, friendly, never a stack trace. Words
/// the bot did not write (file names, failure reasons, store details) are escaped where they are put in.
/// </summary>
internal static class BotText
{
    public static string Language(string? text, string? locale = null)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            return Languages.Detect(text);
        }

        return locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Languages.Chinese : Languages.English;
    }

    private static bool Zh(string language) => language == Languages.Chinese;

    public static string Help(string language) => Zh(language)
        ? "你好！请直接提问，例如：“英伟达将向 OpenAI 投资多少？” 也可以使用 /ask。"
        : "Hi! Ask me about the OpenAI–Nvidia deal, for example: \"How much will Nvidia invest in OpenAI?\" You can also use /ask.";

    public static string TooLong(string language, int max) => Zh(language)
        ? $"问题太长了（最多 {max} 个字符），请缩短后再问。"
        : $"That question is too long (at most {max} characters). Please shorten it and ask again.";

    public static string SlowDown(string language, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Zh(language)
            ? $"你提问有点快，请 {seconds} 秒后再试。"
            : $"You're asking quickly — please try again in {seconds} s.";
    }

    public static string Busy(string language) => Zh(language)
        ? "现在提问的人很多，请稍后再试。"
        : "Lots of questions right now — please try again in a moment.";

    public static string Unavailable(string language) => Zh(language)
        ? "知识库暂时无法访问，请稍后再试。"
        : "The knowledge base is unavailable right now; please try again shortly.";

    public static string Failed(string language) => Zh(language)
        ? "抱歉，回答这个问题时出了点问题，请稍后再试。"
        : "Sorry, something went wrong while answering. Please try again later.";

    public static string ModeratorsOnly(string language) => Zh(language)
        ? "只有版主（拥有“管理服务器”权限或版主角色的成员）可以管理知识库。"
        : "Only moderators (Manage Server permission or a moderator role) can manage the knowledge base.";

    public static string AlreadyRunning(string language) => Zh(language)
        ? "知识库正在刷新中，请等它完成后再试。"
        : "A knowledge base refresh is already running; try again when it has finished.";

    public static string NoAttachment(string language) => Zh(language)
        ? "请附上一个 .md、.txt 或 .html 文件。"
        : "Attach an article as a .md, .txt or .html file.";

    public static string UnsupportedType(string language, string fileName) => Zh(language)
        ? $"无法添加 {Literal(fileName)}：只接受 .md、.txt 和 .html 文件。"
        : $"Cannot add {Literal(fileName)}: only .md, .txt and .html files are accepted.";

    public static string AttachmentTooLarge(string language, string fileName, long maxBytes) => Zh(language)
        ? $"无法添加 {Literal(fileName)}：文件超过 {Kilobytes(maxBytes)} KB。"
        : $"Cannot add {Literal(fileName)}: it is larger than {Kilobytes(maxBytes)} KB.";

    /// <summary>One line saying why an upload was not downloaded (or not completely).</summary>
    public static string DownloadRefused(string language, string fileName, AttachmentDownloadStatus status, long maxBytes)
    {
        var name = Literal(fileName);
        return (Zh(language), status) switch
        {
            (_, AttachmentDownloadStatus.TooLarge) => AttachmentTooLarge(language, fileName, maxBytes),
            (true, AttachmentDownloadStatus.HostNotAllowed) => $"无法添加 {name}：文件不在 Discord 的附件服务器上。",
            (false, AttachmentDownloadStatus.HostNotAllowed) => $"Cannot add {name}: it is not on Discord's attachment servers.",
            (true, AttachmentDownloadStatus.Redirected) => $"无法添加 {name}：下载地址重定向到了别处，机器人不会跟随。",
            (false, AttachmentDownloadStatus.Redirected) => $"Cannot add {name}: its download address redirects elsewhere, which the bot does not follow.",
            (true, AttachmentDownloadStatus.TimedOut) => $"无法添加 {name}：下载超时，请重新上传。",
            (false, AttachmentDownloadStatus.TimedOut) => $"Cannot add {name}: the download took too long. Please upload it again.",
            (true, _) => $"无法添加 {name}：下载失败，请重新上传。",
            (false, _) => $"Cannot add {name}: the download failed. Please upload it again.",
        };
    }

    public static string RolledBack(string language, bool done) => (Zh(language), done) switch
    {
        (true, true) => "已回滚到上一个知识库版本。",
        (true, false) => "没有可以回滚的上一个版本。",
        (false, true) => "Rolled back: the previous knowledge base is live again.",
        (false, false) => "There is no previous knowledge base to roll back to.",
    };

    public static string Refreshed(string language, IngestReport report)
    {
        var seconds = report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        var lines = new List<string>
        {
            Zh(language)
                ? $"知识库已刷新（{seconds} 秒）：新增 {report.Added}，更新 {report.Updated}，未变 {report.Unchanged}，移除 {report.Removed}，失败 {report.Failed.Count}。当前共 {report.PassageCount} 个段落。"
                : $"Knowledge base refreshed in {seconds} s: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, {report.Removed} removed, {report.Failed.Count} failed. {report.PassageCount} passages live.",
        };
        if (!report.Published && report.Failed.Count == 0)
        {
            lines.Add(Zh(language) ? "没有变化，线上知识库保持不变。" : "Nothing changed; the live knowledge base stays as it was.");
        }

        // Each reason says whether the file's last good version keeps answering.
        lines.AddRange(report.Failed.Select(f => Zh(language)
            ? $"• {Literal(f.File)} 失败：{Literal(f.Reason)}"
            : $"• {Literal(f.File)} failed: {Literal(f.Reason)}"));
        lines.AddRange(report.Warnings.Select(w => (Zh(language), w.File) switch
        {
            (true, null) => $"• 请注意：{Literal(w.Message)}",
            (false, null) => $"• Warning: {Literal(w.Message)}",
            (true, { } file) => $"• {Literal(file)} 已添加，但请注意：{Literal(w.Message)}",
            (false, { } file) => $"• {Literal(file)} added with a warning: {Literal(w.Message)}",
        }));
        return string.Join('\n', lines);
    }

    public static string Status(string language, StoreStatus status, int articles, bool refreshing)
    {
        var version = status.Version ?? "-";
        var previous = status.PreviousVersion ?? "-";
        var state = (Zh(language), status.Ready) switch
        {
            (true, true) => "可用",
            (true, false) => "未就绪",
            (false, true) => "ready",
            (false, false) => "not ready",
        };
        var text = Zh(language)
            ? $"知识库（{status.Provider}）：{state}；{articles} 篇文章，{status.PassageCount} 个段落；版本 {version}，可回滚到 {previous}。"
            : $"Knowledge base ({status.Provider}): {state}; {articles} articles, {status.PassageCount} passages; version {version}, rollback to {previous}.";
        if (refreshing)
        {
            text += Zh(language) ? " 正在刷新。" : " A refresh is running.";
        }

        return status.Detail is { Length: > 0 } detail ? $"{text}\n{Literal(detail)}" : text;
    }

    /// <summary>Text the bot did not write (a file name, a reason, a store's detail), shown literally.</summary>
    public static string Literal(string text) => DiscordMarkdown.Escape(text);

    private static string Kilobytes(long bytes) => (bytes / 1024).ToString(CultureInfo.InvariantCulture);
}
