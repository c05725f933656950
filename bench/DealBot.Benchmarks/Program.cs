using System.Globalization;
using DealBot.Benchmarks;

// dotnet run -c Release --project bench/DealBot.Benchmarks -- [knowledge|answers|discord|faults|pages|scale [sizes…] [--embedding-threads N]
//     |discord-load [--soak-minutes N] [--rate R]]
// Each benchmark prints a Markdown table of its figures and the targets they are held to.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var which = args.Length > 0 ? args[0] : "knowledge";
switch (which)
{
    case "knowledge":
        await KnowledgeBenchmark.RunAsync();
        return 0;
    case "answers":
        await AnswerBenchmark.RunAsync();
        return 0;
    case "discord":
        await DiscordBenchmark.RunAsync();
        return 0;
    case "discord-load":
        return await DiscordLoadBenchmark.RunAsync(args[1..]);
    case "faults":
        await RefreshFaultBenchmark.RunAsync();
        return 0;
    case "pages":
        PageExtractionBenchmark.Run();
        return 0;
    case "scale":
        return await ScaleBenchmark.RunAsync(args[1..]);
    case "scale-one":
        // One size of the scale benchmark, in the process the scale verb starts for it.
        return await ScaleBenchmark.RunOneAsync(args[1..]);
    default:
        await Console.Error.WriteLineAsync($"unknown benchmark '{which}'; one of: knowledge, answers, discord, discord-load, faults, pages, scale");
        return 1;
}
