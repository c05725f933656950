using DealBot.Core.Documents;

namespace DealBot.Answering.Plugins;

/// <summary>
/// Phrases where a milestone stands. The sources stop at their reporting date, so every sentence says what was
/// reported or planned then, and never claims that a planned step happened or did not.
/// </summary>
internal static class MilestoneSummary
{
    public static string Write(TimelineEntry m, MilestoneRelation relation, DateOnly today, int? daysToStart, string language) =>
        language == Languages.Chinese ? Chinese(m, relation, today, daysToStart) : English(m, relation, today, daysToStart);

    private static string English(TimelineEntry m, MilestoneRelation relation, DateOnly today, int? daysToStart)
    {
        var reported = $"As reported in {PeriodPhrase.Month(m.AsOf, Languages.English)}";
        var todayText = PeriodPhrase.Iso(today);
        var range = m.From is { } f && m.To is { } t && f != t ? $" ({PeriodPhrase.Iso(f)} to {PeriodPhrase.Iso(t)})" : string.Empty;
        if (!m.Planned)
        {
            return $"{reported}: {m.What} ({m.Period}).";
        }

        return relation switch
        {
            MilestoneRelation.Before =>
                $"{reported}, this was planned for {m.Period}{range}: {m.What}. Today ({todayText}) is before that period, {daysToStart} days before it starts.",
            MilestoneRelation.Within =>
                $"{reported}, this was planned for {m.Period}{range}: {m.What}. Today ({todayText}) falls within that period; the sources, from {PeriodPhrase.Month(m.AsOf, Languages.English)}, do not say whether it has happened.",
            MilestoneRelation.After =>
                $"{reported}, this was planned for {m.Period}{range}: {m.What}. That period is over (today is {todayText}); the sources, from {PeriodPhrase.Month(m.AsOf, Languages.English)}, cannot say whether it happened as planned.",
            _ =>
                $"{reported}, this was expected {m.Period}: {m.What}. The sources give no date for it and say nothing about what happened after {PeriodPhrase.Month(m.AsOf, Languages.English)}.",
        };
    }

    private static string Chinese(TimelineEntry m, MilestoneRelation relation, DateOnly today, int? daysToStart)
    {
        var reported = $"据{PeriodPhrase.Month(m.AsOf, Languages.Chinese)}的报道";
        var todayText = PeriodPhrase.Iso(today);
        var range = m.From is { } f && m.To is { } t && f != t ? $"（{PeriodPhrase.Iso(f)}至{PeriodPhrase.Iso(t)}）" : string.Empty;
        if (!m.Planned)
        {
            return $"{reported}：{m.What}（{m.Period}）。";
        }

        return relation switch
        {
            MilestoneRelation.Before =>
                $"{reported}，该事项计划于{m.Period}{range}进行：{m.What}。今天（{todayText}）尚未到该时间段，距开始还有{daysToStart}天。",
            MilestoneRelation.Within =>
                $"{reported}，该事项计划于{m.Period}{range}进行：{m.What}。今天（{todayText}）正处于该时间段内；{PeriodPhrase.Month(m.AsOf, Languages.Chinese)}的资料无法说明它是否已经发生。",
            MilestoneRelation.After =>
                $"{reported}，该事项计划于{m.Period}{range}进行：{m.What}。该时间段已经过去（今天是{todayText}）；{PeriodPhrase.Month(m.AsOf, Languages.Chinese)}的资料无法说明它是否按计划完成。",
            _ =>
                $"{reported}，该事项取决于条件，没有具体日期：{m.What}。资料也没有{PeriodPhrase.Month(m.AsOf, Languages.Chinese)}之后的信息。",
        };
    }
}
