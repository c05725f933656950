using DealBot.Cli;
using DealBot.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Tests.Cli;

/// <summary>Work started alongside the host (ONNX Runtime's load for <c>ask</c>) only once the command line holds.</summary>
public sealed class VerbRunnerTests
{
    [Fact]
    public async Task RunAsync_CommandLineProblem_NothingStartsAlongsideTheHost()
    {
        var started = 0;
        var errors = new StringWriter();

        var exit = await VerbRunner.RunAsync(
            AskVerb.Create().Parse(["how much?"]),
            _ => throw new InvalidOperationException("no host for a refused command line"),
            (_, _) => Task.FromResult(ExitCodes.Success),
            CancellationToken.None,
            validate: () => "question is too long",
            errors: errors,
            alongsideHost: () => Interlocked.Increment(ref started));

        Assert.Equal(ExitCodes.UserError, exit);
        Assert.Equal("dealbot: question is too long", errors.ToString().Trim());
        Assert.Equal(0, started);
    }

    [Fact]
    public async Task RunAsync_CommandLineHolds_WorkAlongsideTheHostHasRunWhenTheVerbReturns()
    {
        var started = 0;

        var exit = await VerbRunner.RunAsync(
            AskVerb.Create().Parse(["how much?"]),
            args =>
            {
                var builder = DealBotHost.CreateBuilder(args);
                builder.Logging.ClearProviders();
                return builder;
            },
            (_, _) => Task.FromResult(ExitCodes.Success),
            CancellationToken.None,
            validate: () => null,
            alongsideHost: () => Interlocked.Increment(ref started));

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, started);
    }
}
