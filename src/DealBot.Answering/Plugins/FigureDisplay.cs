using DealBot.Core.Documents;
using DealBot.Core.Figures;

namespace DealBot.Answering.Plugins;

/// <summary>A curated figure for people, with its hedge: "up to US$100 billion", "至少10吉瓦", "超过800万".</summary>
internal static class FigureDisplay
{
    public static string Format(decimal value, string unit, Qualifier qualifier, string language)
    {
        var amount = QuantityFormatter.Format(value, unit, language);
        if (language == Languages.Chinese)
        {
            var hedge = qualifier switch
            {
                Qualifier.UpTo => "最高",
                Qualifier.AtLeast => "至少",
                Qualifier.MoreThan => "超过",
                Qualifier.About => "约",
                Qualifier.LessThan => "不到",
                _ => string.Empty,
            };
            return hedge + amount;
        }

        var words = qualifier switch
        {
            Qualifier.UpTo => "up to ",
            Qualifier.AtLeast => "at least ",
            Qualifier.MoreThan => "more than ",
            Qualifier.About => "about ",
            Qualifier.LessThan => "less than ",
            _ => string.Empty,
        };
        return words + amount;
    }
}
