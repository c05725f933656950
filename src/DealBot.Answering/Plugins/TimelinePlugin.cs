using System.ComponentModel;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using Microsoft.SemanticKernel;

namespace DealBot.Answering.Plugins;

/// <summary>
/// The deal's milestones and date arithmetic. Today comes from the injected <see cref="TimeProvider"/>, and
/// statuses are phrased as what the sources planned as of their reporting date (September 2025).
/// </summary>
public sealed class TimelinePlugin
{
    private const string LanguageHelp = "Language of the text returned: \"en\" or \"zh\".";

    private readonly IKnowledgeCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly PeriodReader _periods;
    private readonly FigureFormatter _formatter;
    private readonly LexicalMatchers _encoders;

    public TimelinePlugin(IKnowledgeCatalog catalog, TimeProvider time, FigureExtractor figures, FigureFormatter formatter, LexicalMatchers encoders)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(formatter);
        ArgumentNullException.ThrowIfNull(encoders);
        _catalog = catalog;
        _time = time;
        _periods = new PeriodReader(figures);
        _formatter = formatter;
        _encoders = encoders;
    }

    /// <summary>Today's date from the injected clock.</summary>
    /// <remarks>UTC, as on every answer path, so the offline composer, the model's tools and the bot agree on the day.</remarks>
    public DateOnly Today => DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);

    /// <summary>The milestones in order; conditional ones are placed at their reporting date.</summary>
    [KernelFunction, Description("Lists the deal's milestones in date order (past events and plans as of September 2025), with their periods and sources.")]
    public async Task<IReadOnlyList<TimelineEntry>> GetEventsAsync(
        [Description(LanguageHelp)] string language = Languages.English,
        CancellationToken cancellationToken = default)
    {
        var lang = Languages.Normalize(language) ?? Languages.English;
        var facts = await _catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        return [.. facts.Events
            .Select((e, i) => (Event: e, Index: i))
            .OrderBy(p => p.Event.From ?? p.Event.AsOf)
            .ThenBy(p => p.Index)
            .Select(p => ToEntry(p.Event, lang))];
    }

    /// <summary>A period as a range of days.</summary>
    [KernelFunction, Description("Turns a date or period into first and last day: 'second half of 2026' or '2026年下半年' = 2026-07-01..2026-12-31; 'end of 2026' = Q4 2026.")]
    public DateRange ParsePeriod([Description("The date or period, e.g. 'second half of 2026', '2026-H2', '2026年底', 'October 2024'.")] string period) =>
        _periods.Read(period);

    /// <summary>Days from one date to another (negative when the second is earlier); a period counts from its first day.</summary>
    [KernelFunction, Description("Days from one date to another, e.g. 2025-09-22 to 2026-11-28 = 432 days. A period counts from its first day.")]
    public CalculationResult DaysBetween(
        [Description("The start date, e.g. 2025-09-22.")] string from,
        [Description("The end date, e.g. 2026-11-28.")] string to,
        [Description(LanguageHelp)] string language = Languages.English,
        [Description("References of the cited facts used, as \"source_id#fact_id\".")] string[]? inputs = null) =>
        Days(_periods.Read(from).From, _periods.Read(to).From, language, inputs);

    /// <summary>Days from today (the injected clock) to a date; negative when the date has passed.</summary>
    [KernelFunction, Description("Days from today to a date or to the start of a period; negative when it has passed.")]
    public CalculationResult DaysFromToday(
        [Description("The date or period, e.g. 2026-11-28 or 'second half of 2026'.")] string date,
        [Description(LanguageHelp)] string language = Languages.English,
        [Description("References of the cited facts used, as \"source_id#fact_id\".")] string[]? inputs = null) =>
        Days(Today, _periods.Read(date).From, language, inputs);

    /// <summary>Where a milestone stands today, against what the sources planned.</summary>
    [KernelFunction, Description("How a milestone (e.g. 'first gigawatt online', '首批交付') stands relative to today: before, within or after its planned period, phrased as what the September 2025 sources planned. Null when no milestone matches.")]
    public async Task<MilestoneStatus?> GetMilestoneStatusAsync(
        [Description("The milestone, by id or in words, in either language.")] string milestone,
        [Description(LanguageHelp)] string language = Languages.English,
        CancellationToken cancellationToken = default)
    {
        var lang = Languages.Normalize(language) ?? Languages.English;
        var facts = await _catalog.GetFactsAsync(cancellationToken).ConfigureAwait(false);
        var found = Find(facts, milestone ?? string.Empty);
        if (found is null)
        {
            return null;
        }

        var entry = ToEntry(found, lang);
        var today = Today;
        var relation = entry switch
        {
            { From: null } or { To: null } => MilestoneRelation.Undated,
            _ when today < entry.From => MilestoneRelation.Before,
            _ when today > entry.To => MilestoneRelation.After,
            _ => MilestoneRelation.Within,
        };
        var countdown = relation == MilestoneRelation.Before
            ? Days(today, entry.From!.Value, lang, [$"{entry.Sources.FirstOrDefault()?.ArticleId}#{entry.Id}"])
            : null;
        var month = new DateOnly(entry.AsOf.Year, entry.AsOf.Month, 1);
        var reportedMonth = _formatter.FormatPeriod(month, month.AddMonths(1).AddDays(-1), lang);
        var summary = MilestoneSummary.Write(entry, relation, today, (int?)countdown?.Value, reportedMonth, lang);
        return new MilestoneStatus(entry, today, relation, summary, countdown);
    }

    private TimelineEvent? Find(FactSheet facts, string milestone)
    {
        var byId = facts.Events.FirstOrDefault(e => string.Equals(e.Id, milestone.Trim(), StringComparison.OrdinalIgnoreCase));
        if (byId is not null)
        {
            return byId;
        }

        var matcher = _encoders.FactMatcherFor(facts);
        var query = matcher.QuestionWeights(milestone);
        return facts.Events
            .Select(e => (Event: e, Score: matcher.Score(query, [e.What.En, e.What.Zh, e.Id.Replace('-', ' '), e.When])))
            .Where(p => p.Score > 0)
            .OrderByDescending(p => p.Score)
            .Select(p => p.Event)
            .FirstOrDefault();
    }

    private TimelineEntry ToEntry(TimelineEvent e, string language) =>
        new(e.Id, e.When, e.From is { } from && e.To is { } to ? _formatter.FormatPeriod(from, to, language) : e.When, e.From, e.To, e.What.For(language), e.Planned, e.AsOf, e.Sources);

    private static CalculationResult Days(DateOnly from, DateOnly to, string language, string[]? inputs)
    {
        var days = to.DayNumber - from.DayNumber;
        var lang = Languages.Normalize(language) ?? Languages.English;
        return new CalculationResult(
            $"{IsoDate.Format(to)} - {IsoDate.Format(from)}",
            MachineNumber.Plain(days),
            days,
            "days",
            lang == Languages.Chinese ? $"{days}天" : days is 1 or -1 ? $"{days} day" : $"{days} days",
            inputs?.Where(i => !string.IsNullOrWhiteSpace(i)).ToArray() ?? []);
    }
}
