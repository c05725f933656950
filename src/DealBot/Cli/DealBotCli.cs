using System.CommandLine;

namespace DealBot.Cli;

/// <summary>The command line: one verb per job, all answering through the same engine.</summary>
internal static class DealBotCli
{
    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("DealBot answers questions about the OpenAI–Nvidia letter of intent (September 2025), with sources.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        root.Subcommands.Add(AskVerb.Create());
        root.Subcommands.Add(ChatVerb.Create());
        root.Subcommands.Add(BatchVerb.Create());
        root.Subcommands.Add(EvalVerb.Create());
        root.Subcommands.Add(SearchVerb.Create());
        root.Subcommands.Add(IngestVerb.Create());
        root.Subcommands.Add(HealthVerb.Create());
        root.Subcommands.Add(RunVerb.Create());
        root.Subcommands.Add(AuditVerb.Create());
        root.Subcommands.Add(FeedbackVerb.Create());
        root.Subcommands.Add(PromptVerb.Create());
        // No response files: "@everyone ..." is a question, and "@FILE" must never read a file nor take settings from it.
        return root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }).InvokeAsync();
    }
}
