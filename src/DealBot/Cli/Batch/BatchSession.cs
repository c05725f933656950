using DealBot.Core.Answers;
using DealBot.Core.Retrieval;
using Microsoft.Extensions.Logging;

namespace DealBot.Cli.Batch;

/// <summary>
/// `batch`: JSON Lines in, one answer JSON per line out, in the same order. A line that cannot be read, or whose
/// answer fails in any way, gets <c>{"id":..,"error":"one line"}</c> and the rest go on; the failure is logged with
/// its question. Lines sharing a <c>"conversation"</c> are answered with the earlier turns as history.
/// </summary>
internal sealed partial class BatchSession(
    IAnswerService answers,
    TextReader input,
    TextWriter output,
    TextWriter diagnostics,
    ILogger<BatchSession> logger,
    int maxHistory = 10)
{
    private readonly BatchConversations _conversations = new(maxHistory);

    /// <summary>Answers every line; returns how many lines failed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var failed = 0;
        var lineNumber = 0;
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var parsed = BatchLine.Parse(line);
            if (parsed.Error is { } error)
            {
                failed++;
                await diagnostics.WriteLineAsync($"dealbot: line {lineNumber}: {error}").ConfigureAwait(false);
                await WriteErrorAsync(parsed.Id, error).ConfigureAwait(false);
                continue;
            }

            if (!await AnswerAsync(parsed, lineNumber, cancellationToken).ConfigureAwait(false))
            {
                failed++;
            }
        }

        return failed;
    }

    private async Task<bool> AnswerAsync(BatchLine line, int lineNumber, CancellationToken cancellationToken)
    {
        var question = line.Question!;
        Answer answer;
        try
        {
            var history = _conversations.HistoryOf(line.Conversation);
            answer = await answers.AnswerAsync(new Question(question, history, line.Id), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One question never takes down the others: any failure becomes this line's error.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var error = ex is KnowledgeStoreUnavailableException ? OneLine.Of(ex.Message) : $"could not answer this question ({OneLine.Of(ex)})";
            LogLineFailed(lineNumber, line.Id, error, OneLine.Of(question, 200));
            LogLineFailedDetail(ex, lineNumber);
            await WriteErrorAsync(line.Id, error).ConfigureAwait(false);
            return false;
        }

        _conversations.Add(line.Conversation, new ConversationTurn(question, answer.Text));
        await output.WriteLineAsync(AnswerJson.Serialize(answer)).ConfigureAwait(false);
        return true;
    }

    private Task WriteErrorAsync(string? id, string error) => output.WriteLineAsync(CliJson.Serialize(new { id, error }));

    [LoggerMessage(EventId = 4101, Level = LogLevel.Error, Message = "Batch line {Line} (id {Id}) was not answered: {Error}; question: {Question}")]
    private partial void LogLineFailed(int line, string? id, string error, string question);

    // The stack trace, for a developer who turns on debug logging; users see only the line above.
    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Batch line {Line} failed")]
    private partial void LogLineFailedDetail(Exception exception, int line);
}
