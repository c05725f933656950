using DealBot.Answering.Composition;
using DealBot.Answering.Plugins;
using DealBot.Answering.Quantities;
using DealBot.Answering.Understanding;
using DealBot.Core.Answers;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Text;

namespace DealBot.Answering.Skills;

/// <summary>
/// Answers "how many days from X to Y" with the timeline plugin's date arithmetic. Each end is a date or period the
/// question states ("1 March 2026", "the end of 2026", "2026年下半年"), a dated milestone it names ("the
/// announcement"), a date a later report gives for what it names ("从动工到投入运行": each end found on its own, also
/// in one sentence with both), the day a report came out, the day the answer before gave ("…is that?"), or, when it
/// names only one, today from the injected clock.
/// </summary>
internal sealed class DaysSkill(TimelinePlugin timeline, FigureFormatter formatter, Replies.Replies replies, Phrasebook phrasebook) : IAnswerSkill
{
    private const int MaxEnds = 2;
    private const int HoursPerDay = 24;

    // Lower than a fact answer needs: the rest of a days question is about arithmetic ("how many days from … to").
    private const double MilestoneScore = FactScoring.MinimumScore / 2;

    // The cues that ask and count, which one end of a count of days leaves out of its words.
    private static readonly HashSet<string> Counting = new(StringComparer.Ordinal)
    {
        "ask.interrogative", "ask.days", "ask.duration", "ask.when", "ask.count", "ask.howmuch", "op.total", "filler", "frame.followup", "frame.anaphora",
    };

    // What the question states or says outright ("today", "the day the report came out") outranks any found date.
    private const double Certain = 10;

    // A report the question names (or the answer before quoted) is where its ends are found first.
    private const double FocusBonus = 0.3;

    // Two ends found in one sentence ("began on …, and … were switched on on …") are likely the pair it meant.
    private const double SameSentence = 0.1;

    public string Name => "days";

    public SkillBid? Bid(SkillContext context)
    {
        var frame = context.Frame;
        // "那到2026年7月1日呢？" after a count of days (and its conversion to weeks): the same count to another date.
        var anotherEnd = frame.IsFollowUp && frame.Asked == AnswerType.Duration && frame.Quantities.Dates.Count > 0 && frame.Quantities.Target.Unit is null or { Dimension.IsTime: true };
        if ((frame.Asked != AnswerType.Days && !anotherEnd) || (frame.Quantities.Target.Unit is { } unit && !unit.Dimension.IsTime))
        {
            return null;
        }

        // "换算成周呢？" after a count of days converts that count; it names no dates of its own.
        if (frame.IsFollowUp && frame.Quantities.Dates.Count == 0 && frame.PreviousResult?.Value is { Dimension.IsTime: true })
        {
            return null;
        }

        var simplified = Core.Text.ChineseScript.ToSimplified(frame.Text.Lower);
        var words = phrasebook.FindSpanWords(simplified);
        var sides = DaySides.Find(simplified, words);
        var ends = sides.Count > 0 && !(frame.IsFollowUp && EarlierSpan(frame) is not null)
            ? FromSides(context, sides)
            : Whole(context);
        if (ends is null)
        {
            return null;
        }

        // "how many days after the review opened is that?" after a date: the other end is the date just given, unless
        // the question counts until today.
        if (ends.Count == 1 && frame.IsFollowUp && frame.PreviousResult?.Day is { } given && given.Day != ends[0].Day
            && !DaySides.Since(words) && !words.Any(w => w.Cue == "now"))
        {
            ends.Add(Given(context, given));
        }

        if (ends.Count < MaxEnds)
        {
            ends.Add(Today(context));
        }

        return Answer(context, ends);
    }

    // The question read whole: the dates it states, a new end for an earlier count, a later report's date for a name
    // only that report uses, then the milestones its words name.
    private List<End>? Whole(SkillContext context)
    {
        var frame = context.Frame;
        var ends = frame.Quantities.Dates.Where(d => d.From is not null && d.To is not null).Select(d => Stated(frame.Text.Lower, d, context.Language)).ToList();

        // "那到2026年7月1日呢？": the new date takes the place of one end of the count before; the other end stays.
        if (frame.IsFollowUp && ends.Count == 1 && EarlierSpan(frame) is { } span)
        {
            var keepFrom = !StartWord(frame.Text.Lower) && !frame.Text.Lower.Contains('从', StringComparison.Ordinal) && !frame.Text.Lower.Contains("from", StringComparison.Ordinal);
            ends.Add(keepFrom
                ? new End(span.From, span.FromLabel, context.Knowledge.Facts.Events.FirstOrDefault(e => e.Id == span.FromEvent))
                : new End(span.To, span.ToLabel, context.Knowledge.Facts.Events.FirstOrDefault(e => e.Id == span.ToEvent)));
        }

        // "until Birch Ridge's first racks power up": a name only a later article uses dates one end from that article.
        if (ends.Count < MaxEnds && ArticleDate(context) is { } dated)
        {
            ends.Add(dated);
        }

        ends.AddRange(Milestones(context, MaxEnds - ends.Count, ends.Select(e => e.Quoted?.Quote).OfType<string>().ToList(), ends.Select(e => e.Day).ToHashSet()));
        return ends.Count == 0 ? null : ends;
    }

    private SkillBid Answer(SkillContext context, List<End> ends)
    {
        // A stated date that is a milestone's ("from 2025-09-22, the announcement") is cited as that milestone.
        ends = ends.Select(e => e.Event is null && context.Knowledge.Facts.Events.FirstOrDefault(m => m.From == e.Day && m.To == e.Day) is { } same ? e with { Event = same } : e).ToList();
        var (from, to) = ends[0].Day <= ends[1].Day ? (ends[0], ends[1]) : (ends[1], ends[0]);
        var events = ends.Select(e => e.Event).OfType<TimelineEvent>().ToList();
        var inputs = events.Select(e => $"{e.Sources.FirstOrDefault()?.ArticleId ?? "facts"}#{e.Id}").Concat(ends.Select(e => e.Quoted?.SourceId).OfType<string>()).ToArray();
        var result = timeline.DaysBetween(IsoDate.Format(from.Day), IsoDate.Format(to.Day), context.Language, inputs);
        var citations = Citations.Distinct(events.Select(e => Citations.ForFact(e.Sources, context)).Concat(ends.Select(e => e.Quoted)));
        var asOf = Citations.AsOf(citations);
        var language = context.Language;
        // "how many weeks from …": the count of days, and the same in the unit asked.
        var days = result.Display;
        var calculations = new List<Calculation> { result.ToCalculation() };
        if (context.Frame.Quantities.Target.Unit is { Dimension.IsTime: true, Factor: > HoursPerDay } asked)
        {
            var value = decimal.Round(result.Value * HoursPerDay / asked.Factor, 2).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            var unit = asked.Display.For(language);
            days = replies.Get("days.in", language, ("days", days), ("value", value), ("unit", unit));
            calculations.Add(new Calculation($"{result.Result} * {HoursPerDay} / {asked.Factor}", value, result.Inputs, language == Languages.Chinese ? value + unit : $"{value} {unit}", asked.Display.En));
        }

        var text = replies.Get("days", language, ("days", days), ("from", Describe(from, language)), ("to", Describe(to, language)))
            + replies.AsReported(asOf, language) + (language == Languages.Chinese ? "。" : ".");
        if (events.Any(e => e.Planned))
        {
            text += replies.Get("days.planned", language);
        }

        var status = citations.Count == 0 ? AnswerStatus.Answered : AnswerStatus.Answered;
        var answer = new ComposedAnswer(status, context.Own(Capital(text)), citations, calculations, asOf, [$"days: {result.Expression} = {result.Result}"]);
        var turn = new TurnResult(Name)
        {
            Value = new Quantity(result.Value * 24m, Dimension.Hours),
            ValueLabel = result.Display,
            Days = new DaySpan(from.Day, from.Label, from.Event?.Id, to.Day, to.Label, to.Event?.Id),
        };
        return new SkillBid(Name, citations.Count == 0 ? 0.7 : 0.92, answer, turn);
    }

    // Each end the question names on its own ("从动工" … "到投入运行"): a date it states, today, the day a report came
    // out, or the best of the dates later reports and milestones give for its words. The two ends are chosen together,
    // so two dates of one sentence go one to each.
    private List<End>? FromSides(SkillContext context, IReadOnlyList<DaySide> sides)
    {
        var options = sides.Select(s => Options(context, s)).ToList();
        if (options.All(o => o.Count == 0))
        {
            return Whole(context);
        }

        if (options.Count == 1 || options.Any(o => o.Count == 0))
        {
            return [options.First(o => o.Count > 0)[0].End];
        }

        var pair = options[0]
            .SelectMany(a => options[1].Where(b => b.End.Day != a.End.Day).Select(b => (A: a, B: b, Score: a.Score + b.Score + (a.End.Quoted is { } qa && qa.Quote == b.End.Quoted?.Quote ? SameSentence : 0))))
            .OrderByDescending(p => p.Score)
            .FirstOrDefault();
        context.Note($"days: ends {string.Join(" | ", options.Select(o => string.Join(", ", o.Take(4).Select(x => $"{x.End.Day:yyyy-MM-dd} {x.Score:0.00}"))))}");
        return pair.A is null ? [options[0][0].End] : [pair.A.End, pair.B.End];
    }

    private List<Option> Options(SkillContext context, DaySide side)
    {
        var frame = context.Frame;
        // Of the dates an end states, the most precise: "2026年双十一（11月11日）" is a day of 2026.
        var stated = frame.Quantities.Dates
            .Where(d => d.From is not null && d.To is not null && d.Start >= side.Start && d.Start < side.End)
            .OrderBy(d => d.To!.Value.DayNumber - d.From!.Value.DayNumber)
            .Select(d => new Option(Stated(frame.Text.Lower, d, context.Language), Certain))
            .Take(1)
            .ToList();
        if (stated.Count > 0)
        {
            return stated;
        }

        if (side.Now)
        {
            return [new Option(Today(context), Certain)];
        }

        if (side.Published && Published(context) is { } published)
        {
            return [new Option(published, Certain)];
        }

        // "how many days from then to …": an end that names nothing of its own is the day the answer before gave.
        var terms = Topic(context, side.Start, side.End);
        if (terms.Count == 0)
        {
            return frame.IsFollowUp && frame.PreviousResult?.Day is { } given ? [new Option(Given(context, given), Certain)] : [];
        }

        context.Note($"days: end terms [{string.Join(", ", terms.Keys)}]");

        // Words of the day the deal was announced ("the day the deal was announced", "宣布當天") name the curated end.
        var announced = frame.Cues.Any(c => c.Cue == "frame.announced" && c.Start < side.End && c.End > side.Start);
        var reported = announced ? [] : ReportDates(context, terms);

        // An end that names the report the question is about is one of its dates, unless a milestone matches it fully.
        var names = context.ArticleNames();
        var floor = terms.Keys.Any(names.ContainsKey) && reported.Count > 0 ? FactScoring.MinimumScore : MilestoneScore;
        return [.. reported.Concat(MilestoneDates(context, terms, floor)).OrderByDescending(o => o.Score)];
    }

    // The single-day dates of later reports' sentences, scored by how much of the end's words the sentence covers and
    // how near the date stands to them. Only the report the question names (or the answer before quoted) is read when
    // there is one, and it outranks a curated milestone where this end itself names it. The report's names say which
    // report, not which of its dates: they are left out of the nearness.
    private List<Option> ReportDates(SkillContext context, IReadOnlyDictionary<string, double> terms)
    {
        var options = new List<Option>();
        var focused = context.FocusedArticles();
        var names = context.ArticleNames();
        var bonus = terms.Keys.Any(names.ContainsKey) || !names.Any() ? FocusBonus : 0;
        var placing = DateInSentence.Placing(context, terms);
        foreach (var candidate in SentencePicker.Candidates(context).Where(c => !context.Knowledge.CuratedArticles.Contains(c.Passage.SourceId)))
        {
            var focus = focused.Contains(candidate.Passage.SourceId);
            if (focused.Count > 0 && !focus)
            {
                continue;
            }

            var cover = context.Knowledge.Matcher.Score(terms, [candidate.Sentence]);
            if (cover <= 0 && !focus)
            {
                continue;
            }

            foreach (var date in candidate.Figures.Where(DateInSentence.IsDay))
            {
                var near = DateInSentence.Distance(context, placing, candidate.Sentence, date, candidate.Passage.Language) / DistanceScale;
                var end = new End(date.From!.Value, formatter.FormatPeriod(date.From.Value, date.To!.Value, context.Language), null) { Quoted = Citations.ForPassage(candidate.Passage, candidate.Sentence) };
                options.Add(new Option(end, cover + (focus ? bonus : 0) - near));
            }
        }

        return options;
    }

    private static IEnumerable<Option> MilestoneDates(SkillContext context, IReadOnlyDictionary<string, double> terms, double floor) =>
        context.Knowledge.Facts.Events
            .Where(e => e.From is not null)
            .Select(e => (Event: e, Score: context.Knowledge.Matcher.Score(terms, e)))
            .Where(x => x.Score >= floor)
            .Select(x => new Option(MilestoneEnd(x.Event, context.Language), x.Score));

    private static End MilestoneEnd(TimelineEvent e, string language)
    {
        var what = e.What.For(language);
        var day = EndWord(what.ToLowerInvariant()) && e.To is { } last ? last : e.From!.Value;
        return new End(day, what.Split([':', '：'], 2)[0].Trim(), e);
    }

    // The day the report the question is about came out: the one it names or the answer before quoted, else the
    // later report retrieval ranks first.
    private End? Published(SkillContext context)
    {
        var focused = context.FocusedArticles();
        var passage = context.Passages.Select(p => p.Passage)
            .Where(p => p.Published is not null && !context.Knowledge.CuratedArticles.Contains(p.SourceId) && (focused.Count == 0 || focused.Contains(p.SourceId)))
            .FirstOrDefault();
        return passage is null ? null : new End(passage.Published!.Value, passage.Language == context.Language ? passage.Title : formatter.FormatPeriod(passage.Published.Value, passage.Published.Value, context.Language), null)
        {
            Quoted = Citations.ForPassage(passage, SentenceSplitter.Split(passage.Text).FirstOrDefault() ?? passage.Text),
        };
    }

    private static End Given(SkillContext context, AnsweredDay given) =>
        new(given.Day, given.Label, context.Knowledge.Facts.Events.FirstOrDefault(e => e.Id == given.EventId)) { Quoted = given.Quoted };

    private static End Today(SkillContext context) => new(context.Knowledge.Today, context.Language == Languages.Chinese ? "今天" : "today", null);

    // The count of days of the turn before, or of the one before that ("换算成周呢？" in between converts it).
    private static DaySpan? EarlierSpan(QuestionFrame frame) => frame.PreviousResult?.Days ?? frame.Previous?.PreviousResult?.Days;

    private string Describe(End end, string language)
    {
        var day = formatter.FormatPeriod(end.Day, end.Day, language);
        if (end.Label == day)
        {
            return day;
        }

        return language == Languages.Chinese ? $"{end.Label}（{day}）" : $"{end.Label} ({day})";
    }

    // A period counts from its first day, unless the question asks for its end ("the end of 2026", "2026年底").
    private End Stated(string lower, Figure date, string language)
    {
        var start = Math.Max(0, date.Start - 12);
        var around = lower[start..Math.Min(lower.Length, date.Start + date.Length + 6)];
        var surface = date.Surface.ToLowerInvariant();
        var day = EndWord(surface) || (EndWord(around) && !StartWord(around)) ? date.To!.Value : date.From!.Value;
        return new End(day, formatter.Format(date, language), null);
    }

    private static bool EndWord(string text) => text.Contains("end", StringComparison.Ordinal) || text.Contains("late", StringComparison.Ordinal) || text.Contains('底') || text.Contains('末') || text.Contains("结束", StringComparison.Ordinal);

    private static bool StartWord(string text) => text.Contains("start", StringComparison.Ordinal) || text.Contains("begin", StringComparison.Ordinal) || text.Contains('初') || text.Contains("开始", StringComparison.Ordinal);

    // The dated milestones the question names, matched on its words without its dates and its counting words; a
    // second milestone must match what the first leaves ("from the announcement until the first deliveries").
    private IEnumerable<End> Milestones(SkillContext context, int count, IReadOnlyList<string> covered, IReadOnlySet<DateOnly> stated)
    {
        var terms = Topic(context);
        var names = context.ArticleNames();
        var spent = terms.Keys.Where(t => names.ContainsKey(t) || (covered.Count > 0 && context.Knowledge.Matcher.Score(new Dictionary<string, double> { [t] = 1 }, covered) > 0)).ToList();
        foreach (var term in spent)
        {
            terms.Remove(term);
        }

        // Chinese is written without spaces: the bigrams that run into a spent name ("岭首" of "白桦岭首批") are its
        // edges, not words of the other end.
        if (spent.Count > 0)
        {
            var question = Core.Text.ChineseScript.ToSimplified(context.Frame.Text.Text);
            var marked = new bool[question.Length];
            foreach (var term in spent.Where(IsBigram))
            {
                for (var at = question.IndexOf(term, StringComparison.Ordinal); at >= 0; at = question.IndexOf(term, at + 1, StringComparison.Ordinal))
                {
                    marked[at] = marked[at + 1] = true;
                }
            }

            foreach (var term in terms.Keys.Where(IsBigram).ToList())
            {
                var at = question.IndexOf(term, StringComparison.Ordinal);
                if (at >= 0 && (marked[at] || marked[at + 1]))
                {
                    terms.Remove(term);
                }
            }
        }

        var candidates = context.Knowledge.Facts.Events.Where(e => e.From is not null).ToList();
        context.Note($"days: milestone terms [{string.Join(", ", terms.Keys)}]");
        for (var found = 0; found < count && terms.Count > 0; found++)
        {
            var best = candidates
                .Select((e, i) => (Event: e, Score: context.Knowledge.Matcher.Score(terms, e) - (i * 0.001)))
                .Where(x => x.Score >= MilestoneScore)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Event is not { } e)
            {
                yield break;
            }

            candidates.Remove(e);
            foreach (var term in terms.Keys.Where(t => context.Knowledge.Matcher.Score(new Dictionary<string, double> { [t] = 1 }, e) > 0).ToList())
            {
                terms.Remove(term);
            }

            var what = e.What.For(context.Language);
            var headline = what.Split([':', '：'], 2)[0].Trim();
            var day = EndWord(what.ToLowerInvariant()) && e.To is { } last ? last : e.From!.Value;

            // "到首批交付完成（2026年底）": the stated date glosses this milestone, which is already that end.
            if (stated.Contains(day))
            {
                found--;
                continue;
            }

            yield return new End(day, headline, e);
        }
    }

    // The question's topic without the dates it states and the phrasebook's words of asking and counting. The time of
    // the announcement ("宣布那天") stays: here it is a milestone to count from.
    private static Dictionary<string, double> Topic(SkillContext context) => Topic(context, 0, context.Frame.Text.Text.Length, withPrevious: true);

    // The same, of one end's span of the question only ("从动工" of "从动工到投入运行").
    private static Dictionary<string, double> Topic(SkillContext context, int from, int to, bool withPrevious = false)
    {
        var frame = context.Frame;
        var chars = frame.Text.Text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i < from || i >= to)
            {
                chars[i] = ' ';
            }
        }

        // Within one end only the words of counting and asking are spoken, not what another cue reads into its words
        // (the "work" of "the start of work"), nor an expression's match ("投.{0,8}多少" spans the "投入运行" of
        // "到投入运行一共多少天").
        var spoken = frame.Cues.Where(c => !c.Cue.StartsWith("topic.", StringComparison.Ordinal) && c.Cue != "frame.announced"
            && (withPrevious || (Counting.Contains(c.Cue) && !c.Phrase.StartsWith("re:", StringComparison.Ordinal))));
        foreach (var (start, length) in frame.Quantities.Dates.Select(d => (d.Start, d.Length)).Concat(spoken.Select(c => (c.Start, c.Length))))
        {
            for (var i = start; i < start + length && i < chars.Length; i++)
            {
                chars[i] = ' ';
            }
        }

        var terms = context.Knowledge.Matcher.QuestionWeights(new string(chars)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        if (withPrevious && frame.IsFollowUp && frame.Previous is { } previous)
        {
            foreach (var (term, weight) in previous.Terms)
            {
                terms.TryAdd(term, weight * 0.6);
            }
        }

        return terms;
    }

    private static string Capital(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    // The day a sentence of the named article gives, nearest in the sentence to what the question names there
    // ("首批机柜预计在2027年3月1日通电" for "first racks"): not the report's own date further along.
    private End? ArticleDate(SkillContext context)
    {
        // Words of the day the deal was announced ("宣布當天") name that end, which is the curated one, not an article's.
        var announced = context.Frame.Cues.Where(c => c.Cue == "frame.announced").ToList();
        var lower = Core.Text.ChineseScript.ToSimplified(context.Frame.Text.Lower);
        bool OutsideAnnouncement(string term)
        {
            for (var at = lower.IndexOf(term, StringComparison.Ordinal); at >= 0; at = lower.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                if (!announced.Any(a => at >= a.Start && at < a.End))
                {
                    return true;
                }
            }

            return false;
        }

        var names = announced.Count == 0 ? context.ArticleNames() : context.ArticleNames().Where(n => OutsideAnnouncement(n.Key)).ToDictionary(n => n.Key, n => n.Value, StringComparer.Ordinal);
        if (names.Count == 0)
        {
            return null;
        }

        // The names say which article; the rest of the topic says which of its dates.
        var topic = Topic(context).Where(t => !names.ContainsKey(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        var named = context.NamedArticles(names);
        var best = SentencePicker.Candidates(context)
            .Where(c => named.Contains(c.Passage.SourceId))
            .SelectMany(c => c.Figures.Where(f => f.Kind == FigureKind.Date && f.From is { } day && f.To == day).Select(f => (Candidate: c, Date: f)))
            .Select(x => (x.Candidate, x.Date, Score: context.Knowledge.Matcher.Score(topic, [x.Candidate.Sentence]) - (Distance(context, topic, x.Candidate.Sentence, x.Date.Surface) / DistanceScale)))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        if (best.Candidate is null)
        {
            return null;
        }

        var label = best.Candidate.Passage.Language == context.Language ? best.Candidate.Passage.Title : formatter.FormatPeriod(best.Date.From!.Value, best.Date.To!.Value, context.Language);
        return new End(best.Date.From!.Value, label, null) { Quoted = Citations.ForPassage(best.Candidate.Passage, best.Candidate.Sentence) };
    }

    private const double DistanceScale = 400;

    private static bool IsBigram(string term) => term.Length == 2 && Languages.IsCjk(term[0]) && Languages.IsCjk(term[1]);

    // Characters between the date and the nearest thing the question names in the sentence.
    private static int Distance(SkillContext context, IReadOnlyDictionary<string, double> topic, string sentence, string surface)
    {
        var at = sentence.IndexOf(surface, StringComparison.Ordinal);
        var lower = sentence.ToLowerInvariant();
        var named = context.Knowledge.Glossary.Find(sentence)
            .Where(m => context.Frame.EntityIds.Contains(m.Entry.Id) && !context.Knowledge.CoreEntities.Contains(m.Entry.Id))
            .Select(m => m.Start)
            .Concat(topic.Keys.Where(t => !t.Contains(':', StringComparison.Ordinal) && t.Length >= 2).Select(t => lower.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0))
            .ToList();
        return at < 0 || named.Count == 0 ? sentence.Length : named.Min(i => Math.Abs(i - at));
    }

    private sealed record Option(End End, double Score);

    private sealed record End(DateOnly Day, string Label, TimelineEvent? Event)
    {
        public Citation? Quoted { get; init; }
    }
}
