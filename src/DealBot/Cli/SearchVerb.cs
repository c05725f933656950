using System.CommandLine;
using DealBot.Core.Documents;
using DealBot.Core.Retrieval;
using DealBot.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Cli;

/// <summary>`search "QUERY" [--json] [-k N] [--language en|zh] [--source ID]`: what retrieval returns, best first.</summary>
internal static class SearchVerb
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "What to search for, in Chinese or English" };
        var json = new Option<bool>("--json") { Description = "Print a JSON array" };
        var k = new Option<int>("-k", "--limit") { Description = "How many passages", DefaultValueFactory = _ => 5 };
        var language = new Option<string?>("--language") { Description = "Only passages in this language (en or zh)" };
        var source = new Option<string[]>("--source") { Description = "Only passages of these article ids", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("search", "Show the passages retrieval returns, with scores and source ids") { query, json, k, language, source };
        command.SetAction((parse, ct) => VerbRunner.RunAsync(parse, () => CommandLineLimits.QuestionProblem(parse.GetValue(query), "query"), async (services, token) =>
        {
            var text = parse.GetValue(query)!;

            var limit = parse.GetValue(k);
            if (limit is < 1 or > 100)
            {
                throw new UserErrorException("-k must be between 1 and 100");
            }

            var lang = parse.GetValue(language);
            if (lang is not null && Languages.Normalize(lang) is null)
            {
                throw new UserErrorException("--language must be en or zh");
            }

            await IndexBootstrap.EnsureIndexAsync(services, token).ConfigureAwait(false);
            var sources = parse.GetValue(source);
            var options = new SearchOptions(limit, Languages.Normalize(lang), sources is { Length: > 0 } ? sources : null);
            var results = await services.GetRequiredService<IKnowledgeSearch>().SearchAsync(text, options, token).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                Console.WriteLine(CliJson.Serialize(results.Select(r => new
                {
                    source_id = r.Passage.SourceId,
                    title = r.Passage.Title,
                    language = r.Passage.Language,
                    published = r.Passage.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    score = Math.Round(r.Score, 6),
                    text = r.Passage.Text,
                })));
                return ExitCodes.Success;
            }

            var rank = 1;
            foreach (var r in results)
            {
                Console.WriteLine($"{rank++}. [{r.Score:0.0000}] {r.Passage.SourceId}#{r.Passage.Position} ({r.Passage.Language}, {r.Passage.Published:yyyy-MM-dd}) dense {r.DenseRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} sparse {r.SparseRank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
                Console.WriteLine($"   {r.Passage.Text}");
                if (r.Passage.Figures.Count > 0)
                {
                    Console.WriteLine($"   figures: {string.Join("; ", r.Passage.Figures.Select(f => $"{f.Surface} = {f.Value} {f.Unit} ({f.Qualifier})"))}");
                }
            }

            return ExitCodes.Success;
        }, ct));
        return command;
    }
}
