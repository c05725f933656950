using System.CommandLine;
using DealBot.Core.Ingestion;
using DealBot.Core.Retrieval;
using DealBot.Hosting;
using DealBot.Knowledge.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DealBot.Cli;

/// <summary>
/// Runs a verb inside the host, and turns every failure into one line on stderr and an exit code: 1 for what the user
/// can fix, 2 for what the system could not do. Users never see a stack trace. What can be checked without the host
/// (the command line's length, a verb's own arguments) is checked before it starts, and so before any model loads.
/// </summary>
internal static class VerbRunner
{
    public static Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken) =>
        RunAsync(parse, args => DealBotHost.CreateBuilder(args), verb, cancellationToken);

    public static Task<int> RunAsync(ParseResult parse, Func<string?> validate, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken) =>
        RunAsync(parse, args => DealBotHost.CreateBuilder(args), verb, cancellationToken, validate);

    /// <param name="alongsideHost">Work that needs no settings, started once the command line has been checked and
    /// run while the host is built; it must not throw.</param>
    public static Task<int> RunAsync(ParseResult parse, Func<string?> validate, Action alongsideHost, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken) =>
        RunAsync(parse, args => DealBotHost.CreateBuilder(args), verb, cancellationToken, validate, alongsideHost: alongsideHost);

    public static async Task<int> RunAsync(
        ParseResult parse,
        Func<string[], HostApplicationBuilder> createBuilder,
        Func<IServiceProvider, CancellationToken, Task<int>> verb,
        CancellationToken cancellationToken,
        Func<string?>? validate = null,
        TextWriter? errors = null,
        Action? alongsideHost = null)
    {
        ArgumentNullException.ThrowIfNull(parse);
        errors ??= Console.Error;
        try
        {
            if ((validate?.Invoke() ?? CommandLineLimits.CommandLineProblem(parse)) is { } problem)
            {
                return await FailAsync(errors, problem, ExitCodes.UserError).ConfigureAwait(false);
            }

            // Only now: what runs alongside may load native libraries, which must not see a command line that failed.
            var alongside = alongsideHost is null ? Task.CompletedTask : Task.Run(alongsideHost, cancellationToken);
            try
            {
                var builder = createBuilder(SettingTokens.HostArguments(parse));
                using var host = builder.Build();
                await DealBotHost.EnsureReadyAsync(host.Services, cancellationToken).ConfigureAwait(false);
                return await verb(host.Services, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await alongside.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await errors.WriteLineAsync("cancelled").ConfigureAwait(false);
            return ExitCodes.SystemError;
        }
        catch (UserErrorException ex)
        {
            return await FailAsync(errors, ex.Message, ExitCodes.UserError).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            return await FailAsync(errors, $"invalid settings: {string.Join("; ", ex.Failures)}", ExitCodes.UserError).ConfigureAwait(false);
        }
        catch (FactSheetException ex)
        {
            return await FailAsync(errors, ex.Message, ExitCodes.UserError).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is KnowledgeStoreUnavailableException or DataDirectoryNotWritableException or IndexWriteException)
        {
            // The system could not do it, and the message says what still holds ("the previous index still answers").
            return await FailAsync(errors, ex.Message, ExitCodes.SystemError).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException)
        {
            return await FailAsync(errors, ex.Message, ExitCodes.UserError).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The process boundary: anything else is reported in one line, never as a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return await FailAsync(errors, $"unexpected error: {OneLine.Of(ex)}", ExitCodes.SystemError).ConfigureAwait(false);
        }
    }

    /// <summary>Writes <paramref name="message"/> as the one line of a failure and returns <paramref name="code"/>.</summary>
    public static async Task<int> FailAsync(TextWriter errors, string message, int code)
    {
        ArgumentNullException.ThrowIfNull(errors);
        await errors.WriteLineAsync($"dealbot: {OneLine.Of(message, 2000)}").ConfigureAwait(false);
        return code;
    }
}
