using System.Globalization;

namespace DealBot.Benchmarks;

/// <summary>
/// The knobs of <c>discord-load</c>: <c>--questions N</c> (1000), <c>--members N</c> (200), <c>--in-flight N</c> (32),
/// <c>--soak-minutes N</c> (10; 0 skips the soak), <c>--rate R</c> (questions a second during the soak, 5).
/// </summary>
internal sealed record LoadSettings(int Questions, int Members, int MaxInFlight, int SoakMinutes, double SoakRate)
{
    public static LoadSettings Default { get; } = new(1000, 200, 32, 10, 5);

    /// <summary>The settings, or null with <paramref name="error"/> saying which argument is wrong.</summary>
    public static LoadSettings? Parse(IReadOnlyList<string> args, out string? error)
    {
        var settings = Default;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count || !double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0)
            {
                error = $"discord-load: {name} needs a number of 0 or more after it";
                return null;
            }

            i++;
            var whole = (int)value;
            LoadSettings? changed = name switch
            {
                "--questions" when whole >= 1 => settings with { Questions = whole },
                "--members" when whole >= 1 => settings with { Members = whole },
                "--in-flight" when whole >= 1 => settings with { MaxInFlight = whole },
                "--soak-minutes" => settings with { SoakMinutes = whole },
                "--rate" when value > 0 => settings with { SoakRate = value },
                _ => null,
            };
            if (changed is null)
            {
                error = $"discord-load: unknown option or value '{name} {args[i]}'; options: --questions N, --members N, --in-flight N, --soak-minutes N, --rate R";
                return null;
            }

            settings = changed;
        }

        return settings;
    }
}
