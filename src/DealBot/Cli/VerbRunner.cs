using System.CommandLine;
using DealBot.Core.Retrieval;
using DealBot.Hosting;
using DealBot.Knowledge.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DealBot.Cli;

/// <summary>
/// Runs a verb inside the host, and turns every failure into one line on stderr and an exit code: 1 for what the user
/// can fix, 2 for what the system could not do. Users never see a stack trace.
/// </summary>
internal static class VerbRunner
{
    public static Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken) =>
        RunAsync(parse, args => DealBotHost.CreateBuilder(args), verb, cancellationToken);

    public static async Task<int> RunAsync(
        ParseResult parse,
        Func<string[], HostApplicationBuilder> createBuilder,
        Func<IServiceProvider, CancellationToken, Task<int>> verb,
        CancellationToken cancellationToken)
    {
        try
        {
            var builder = createBuilder(SettingTokens.HostArguments(parse));
            using var host = builder.Build();
            await DealBotHost.EnsureReadyAsync(host.Services, cancellationToken).ConfigureAwait(false);
            return await verb(host.Services, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.SystemError;
        }
        catch (UserErrorException ex)
        {
            return await FailAsync(ex.Message, ExitCodes.UserError).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            return await FailAsync($"invalid settings: {string.Join("; ", ex.Failures)}", ExitCodes.UserError).ConfigureAwait(false);
        }
        catch (FactSheetException ex)
        {
            return await FailAsync(ex.Message, ExitCodes.UserError).ConfigureAwait(false);
        }
        catch (KnowledgeStoreUnavailableException ex)
        {
            return await FailAsync(ex.Message, ExitCodes.SystemError).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException)
        {
            return await FailAsync(ex.Message, ExitCodes.UserError).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The process boundary: anything else is reported in one line, never as a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return await FailAsync($"unexpected error: {ex.GetType().Name}: {ex.Message}", ExitCodes.SystemError).ConfigureAwait(false);
        }
    }

    private static async Task<int> FailAsync(string message, int code)
    {
        await Console.Error.WriteLineAsync($"dealbot: {message}").ConfigureAwait(false);
        return code;
    }
}
