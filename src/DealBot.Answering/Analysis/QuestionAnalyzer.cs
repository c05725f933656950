using System.Text.RegularExpressions;
using DealBot.Core.Documents;
using DealBot.Core.Facts;
using DealBot.Core.Figures;
using DealBot.Core.Matching;
using DealBot.Core.Text;

namespace DealBot.Answering.Analysis;

/// <summary>
/// Reads a question before anything is looked up: its language, whether it tries to change the rules or asks for
/// investment advice, what it asks for (an amount, a date, a view, a computation), the numbers it states and the
/// entities it names.
/// </summary>
public sealed class QuestionAnalyzer(FigureExtractor figures)
{
    public QuestionAnalysis Analyze(string question, GlossaryMatcher glossary)
    {
        ArgumentNullException.ThrowIfNull(glossary);
        var text = TextNormalizer.Normalize(question ?? string.Empty).Trim();
        var language = Languages.Detect(text);
        var numbers = figures.Extract(text);
        var entities = glossary.Find(text);
        var kind = KindOf(text);
        var intent = IntentOf(text, numbers);
        var (perUnitKind, perUnitNoun) = intent.HasFlag(Intent.PerUnit) ? PerUnitOf(text) : (null, null);
        var premise = PremiseOf(text);
        return new QuestionAnalysis(text, language, kind, intent, numbers, entities, perUnitKind, perUnitNoun)
        {
            Premise = premise?.Value,
            PremiseStart = premise?.Index ?? 0,
        };
    }

    private static Group? PremiseOf(string text)
    {
        var match = QuestionPatterns.PremiseEn().Match(text);
        if (!match.Success)
        {
            match = QuestionPatterns.PremiseZh().Match(text);
        }

        return match.Success ? match.Groups["premise"] : null;
    }

    private static QuestionKind KindOf(string text)
    {
        if (QuestionPatterns.InjectionEn().IsMatch(text) || QuestionPatterns.InjectionZh().IsMatch(text))
        {
            return QuestionKind.Injection;
        }

        if (QuestionPatterns.AdviceEn().IsMatch(text) || QuestionPatterns.AdviceZh().IsMatch(text))
        {
            return QuestionKind.InvestmentAdvice;
        }

        if (QuestionPatterns.OffTaskEn().IsMatch(text) || QuestionPatterns.OffTaskZh().IsMatch(text))
        {
            return QuestionKind.OffTask;
        }

        return QuestionPatterns.LiveEn().IsMatch(text) || QuestionPatterns.LiveZh().IsMatch(text) ? QuestionKind.Live : QuestionKind.Question;
    }

    private static Intent IntentOf(string text, IReadOnlyList<Figure> numbers)
    {
        var intent = Intent.None;
        Add(ref intent, Intent.PerUnit, QuestionPatterns.PerUnitEn(), QuestionPatterns.PerUnitZh(), text);
        Add(ref intent, Intent.Stake, QuestionPatterns.StakeEn(), QuestionPatterns.StakeZh(), text);
        Add(ref intent, Intent.Ratio, QuestionPatterns.RatioEn(), QuestionPatterns.RatioZh(), text);
        Add(ref intent, Intent.Remainder, QuestionPatterns.RemainderEn(), QuestionPatterns.RemainderZh(), text);
        Add(ref intent, Intent.Energy, QuestionPatterns.EnergyEn(), QuestionPatterns.EnergyZh(), text);
        Add(ref intent, Intent.Days, QuestionPatterns.DaysEn(), QuestionPatterns.DaysZh(), text);
        Add(ref intent, Intent.When, QuestionPatterns.WhenEn(), QuestionPatterns.WhenZh(), text);
        Add(ref intent, Intent.View, QuestionPatterns.ViewEn(), QuestionPatterns.ViewZh(), text);
        Add(ref intent, Intent.Amount, QuestionPatterns.AmountEn(), QuestionPatterns.AmountZh(), text);
        Add(ref intent, Intent.Power, QuestionPatterns.PowerEn(), QuestionPatterns.PowerZh(), text);
        Add(ref intent, Intent.Count, QuestionPatterns.CountEn(), QuestionPatterns.CountZh(), text);
        Add(ref intent, Intent.Percent, QuestionPatterns.PercentEn(), QuestionPatterns.PercentZh(), text);
        Add(ref intent, Intent.Direction, QuestionPatterns.DirectionEn(), QuestionPatterns.DirectionZh(), text);

        // "If 3 GW are deployed, how much would Nvidia invest?": a stated power asks to scale the per-unit rate.
        // "How much energy would 2 GW use in a year?" asks "how much" of energy, not of money.
        var energyOnly = intent.HasFlag(Intent.Energy) && !QuestionPatterns.MoneyWords().IsMatch(text);
        if (numbers.Any(n => n.Kind == FigureKind.Power) && intent.HasFlag(Intent.Amount) && !intent.HasFlag(Intent.PerUnit) && !energyOnly)
        {
            intent |= Intent.Scale;
        }

        // A stake is a share of a valuation; "share price" questions are about the market, not ownership.
        if (intent.HasFlag(Intent.Stake) && (intent.HasFlag(Intent.Percent) && !QuestionPatterns.StakeWords().IsMatch(text)))
        {
            intent &= ~Intent.Stake;
        }

        return intent == Intent.None ? Intent.Describe : intent;
    }

    private static (FigureKind?, string?) PerUnitOf(string text)
    {
        var lower = text.ToLowerInvariant();
        if (QuestionPatterns.PerHousehold().IsMatch(lower))
        {
            return (FigureKind.Count, "household");
        }

        if (QuestionPatterns.PerUser().IsMatch(lower))
        {
            return (FigureKind.Count, "user");
        }

        return (FigureKind.Power, "gigawatt");
    }

    private static void Add(ref Intent intent, Intent flag, Regex english, Regex chinese, string text)
    {
        if (english.IsMatch(text) || chinese.IsMatch(text))
        {
            intent |= flag;
        }
    }
}
