using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Operations;

/// <summary>
/// Deletes what is older than <see cref="OperationsOptions.RetentionDays"/>: audit records (with the message ids that
/// pointed at them), feedback and conversations. Runs at start and then every
/// <see cref="OperationsOptions.RetentionSweepInterval"/>.
/// </summary>
internal sealed partial class RetentionJob(
    OperationsDatabase database,
    IOptions<OperationsOptions> options,
    TimeProvider time,
    ILogger<RetentionJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                var deleted = Sweep();
                if (deleted > 0)
                {
                    LogSwept(deleted, options.Value.RetentionDays);
                }
            }
            catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException)
            {
                LogSweepFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Deletes everything older than the retention period now; returns how many rows went.</summary>
    public int Sweep()
    {
        var cutoff = (time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays)).ToUnixTimeMilliseconds();
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$cutoff", cutoff);
        var deleted = 0;
        foreach (var sql in new[]
        {
            "DELETE FROM answer_messages WHERE answer_id IN (SELECT answer_id FROM audit WHERE asked_at < $cutoff)",
            "DELETE FROM audit WHERE asked_at < $cutoff",
            "DELETE FROM feedback WHERE given_at < $cutoff",
            "DELETE FROM conversations WHERE saved_at < $cutoff",
        })
        {
            command.CommandText = sql;
            deleted += command.ExecuteNonQuery();
        }

        transaction.Commit();
        return deleted;
    }

    [LoggerMessage(6820, LogLevel.Information, "Retention: deleted {Count} rows older than {Days} days")]
    private partial void LogSwept(int count, int days);

    [LoggerMessage(6821, LogLevel.Error, "Retention sweep failed; it is tried again at the next interval")]
    private partial void LogSweepFailed(Exception exception);
}
