using System.Globalization;
using System.Text.RegularExpressions;

namespace DealBot.Tests.Telemetry.Run;

/// <summary>The samples of one metric in Prometheus's text exposition format: labels and value, comments skipped.</summary>
internal static partial class PrometheusText
{
    public static List<(Dictionary<string, string> Labels, double Value)> Samples(string scrape, string name)
    {
        var samples = new List<(Dictionary<string, string>, double)>();
        foreach (var line in scrape.Split('\n'))
        {
            var match = Sample().Match(line.TrimEnd('\r'));
            if (!match.Success || match.Groups["name"].Value != name)
            {
                continue;
            }

            var labels = Label().Matches(match.Groups["labels"].Value).ToDictionary(l => l.Groups["key"].Value, l => l.Groups["value"].Value, StringComparer.Ordinal);
            samples.Add((labels, double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture)));
        }

        return samples;
    }

    // name{labels} value [timestamp]
    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})?\s+(?<value>\S+)(\s+\d+)?$")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(?<key>[a-zA-Z_][a-zA-Z0-9_]*)=""(?<value>(\\.|[^""\\])*)""")]
    private static partial Regex Label();
}
