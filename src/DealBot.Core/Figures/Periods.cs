namespace DealBot.Core.Figures;

/// <summary>
/// The calendar periods dates are normalised to. "End of 2026" / "late 2026" / "2026年底" is the fourth quarter
/// (Oct 1 – Dec 31): wide enough to contain "December 2026" and narrow enough not to contain "first half of 2026".
/// "Early" / "年初" is the first quarter and "mid" / "年中" is April – September.
/// </summary>
internal static class Periods
{
    public static (DateOnly From, DateOnly To) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public static (DateOnly From, DateOnly To) Half(int year, int half) =>
        half == 1 ? (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)) : (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));

    public static (DateOnly From, DateOnly To) Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return (from, from.AddMonths(3).AddDays(-1));
    }

    public static (DateOnly From, DateOnly To) Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return (from, from.AddMonths(1).AddDays(-1));
    }

    public static (DateOnly From, DateOnly To) Early(int year) => Quarter(year, 1);

    public static (DateOnly From, DateOnly To) Mid(int year) => (new DateOnly(year, 4, 1), new DateOnly(year, 9, 30));

    public static (DateOnly From, DateOnly To) Late(int year) => Quarter(year, 4);

    public static bool IsValidYear(int year) => year is >= 1000 and <= 9999;

    public static bool IsValidDay(int year, int month, int day) =>
        IsValidYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
