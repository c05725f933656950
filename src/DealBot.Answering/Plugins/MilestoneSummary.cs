using DealBot.Core.Documents;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Phrases where a milestone stands. The sources stop at their reporting date, so every sentence says what was
/// reported or planned then, and never claims that a planned step happened or did not.
/// </summary>
internal static class MilestoneSummary
{
    /// <param name="reportedMonth">The sources' reporting month in <paramref name="language"/> ("September 2025" / "2025年9月").</param>
    public static string Write(TimelineEntry m, MilestoneRelation relation, DateOnly today, int? daysToStart, string reportedMonth, string language) =>
        language == Languages.Chinese ? Chinese(m, relation, today, daysToStart, reportedMonth) : English(m, relation, today, daysToStart, reportedMonth);

    private static string English(TimelineEntry m, MilestoneRelation relation, DateOnly today, int? daysToStart, string month)
    {
        var reported = $"As reported in {month}";
        var todayText = IsoDate.Format(today);
        var range = m.From is { } f && m.To is { } t && f != t ? $" ({IsoDate.Format(f)} to {IsoDate.Format(t)})" : string.Empty;
        if (!m.Planned)
        {
            return $"{reported}: {m.What} ({m.Period}).";
        }

        return relation switch
        {
            MilestoneRelation.Before =>
                $"{reported}, this was planned for {m.Period}{range}: {m.What}. Today ({todayText}) is before that period, {daysToStart} days before it starts.",
            MilestoneRelation.Within =>
                $"{reported}, this was planned for {m.Period}{range}: {m.What}. Today ({todayText}) falls within that period; the sources, from {month}, do not say whether it has happened.",
            MilestoneRelation.After =>
                $"{reported}, this was planned for {m.Period}{range}: {m.What}. That period is over (today is {todayText}); the sources, from {month}, cannot say whether it happened as planned.",
            _ =>
                $"{reported}, this was expected {m.Period}: {m.What}. The sources give no date for it and say nothing about what happened after {month}.",
        };
    }

    private static string Chinese(TimelineEntry m, MilestoneRelation relation, DateOnly today, int? daysToStart, string month)
    {
        var reported = $"据{month}的报道";
        var todayText = IsoDate.Format(today);
        var range = m.From is { } f && m.To is { } t && f != t ? $"（{IsoDate.Format(f)}至{IsoDate.Format(t)}）" : string.Empty;
        if (!m.Planned)
        {
            return $"{reported}：{m.What}（{m.Period}）。";
        }

        return relation switch
        {
            MilestoneRelation.Before =>
                $"{reported}，该事项计划于{m.Period}{range}进行：{m.What}。今天（{todayText}）尚未到该时间段，距开始还有{daysToStart}天。",
            MilestoneRelation.Within =>
                $"{reported}，该事项计划于{m.Period}{range}进行：{m.What}。今天（{todayText}）正处于该时间段内；{month}的资料无法说明它是否已经发生。",
            MilestoneRelation.After =>
                $"{reported}，该事项计划于{m.Period}{range}进行：{m.What}。该时间段已经过去（今天是{todayText}）；{month}的资料无法说明它是否按计划完成。",
            _ =>
                $"{reported}，该事项取决于条件，没有具体日期：{m.What}。资料也没有{month}之后的信息。",
        };
    }
}
