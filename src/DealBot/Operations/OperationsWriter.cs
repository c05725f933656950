using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Operations;

/// <summary>
/// Empties the write queue into the database, many records to a transaction. A record that fails is logged and
/// skipped; the writer carries on. On shutdown what is already queued is written before the process ends.
/// </summary>
internal sealed partial class OperationsWriter(OperationsDatabase database, OperationsWriteQueue queue, ILogger<OperationsWriter> logger) : BackgroundService
{
    private const int BatchSize = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                WriteBatch();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // What is queued now is written below, so a clean stop loses nothing.
        }

        WriteBatch();
    }

    /// <summary>Writes what is queued now, up to one batch per transaction; returns how many were written.</summary>
    internal int WriteBatch()
    {
        var total = 0;
        while (true)
        {
            var batch = new List<StoreWrite>(BatchSize);
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }

            if (batch.Count == 0)
            {
                return total;
            }

            try
            {
                using var connection = database.Open();
                using var transaction = connection.BeginTransaction();
                foreach (var write in batch)
                {
                    Run(connection, transaction, write);
                }

                transaction.Commit();
            }
            catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                LogBatchFailed(ex, batch.Count, database.FilePath);
            }
            finally
            {
                queue.Written(batch.Count);
                total += batch.Count;
            }
        }
    }

    private void Run(SqliteConnection connection, SqliteTransaction transaction, StoreWrite write)
    {
        using var savepoint = connection.CreateCommand();
        savepoint.Transaction = transaction;
        savepoint.CommandText = "SAVEPOINT one";
        savepoint.ExecuteNonQuery();
        try
        {
            write.Write(connection, transaction);
            savepoint.CommandText = "RELEASE one";
            savepoint.ExecuteNonQuery();
        }
        catch (SqliteException ex)
        {
            savepoint.CommandText = "ROLLBACK TO one";
            savepoint.ExecuteNonQuery();
            savepoint.CommandText = "RELEASE one";
            savepoint.ExecuteNonQuery();
            LogWriteFailed(ex, write.Kind);
        }
    }

    [LoggerMessage(6810, LogLevel.Error, "Writing {Count} records to {Path} failed; they are lost, answers are not affected")]
    private partial void LogBatchFailed(Exception exception, int count, string path);

    [LoggerMessage(6811, LogLevel.Warning, "A {Kind} record could not be written and was skipped")]
    private partial void LogWriteFailed(Exception exception, string kind);
}
