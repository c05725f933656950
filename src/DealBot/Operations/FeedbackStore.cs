using Microsoft.Data.Sqlite;

namespace DealBot.Operations;

/// <summary>
/// Members' votes on answers: one per member and message, so a second click replaces the first; a 👎 may carry a
/// comment ("what was wrong?"). Written through the queue; read for <c>/kb feedback</c> and <c>feedback export</c>.
/// </summary>
internal sealed class FeedbackStore(OperationsDatabase database, OperationsWriteQueue queue, TimeProvider time)
{
    public const int Up = 1;
    public const int Down = -1;

    /// <summary>Records <paramref name="memberHash"/>'s vote on <paramref name="messageId"/>, replacing an earlier one and its comment.</summary>
    public bool Vote(ulong messageId, string memberHash, int vote)
    {
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        return queue.TryEnqueue("feedback", (connection, transaction) => Execute(connection, transaction, """
            INSERT INTO feedback (message_id, member_hash, vote, comment, given_at) VALUES ($message, $member, $vote, NULL, $at)
            ON CONFLICT (message_id, member_hash) DO UPDATE SET vote = excluded.vote, comment = NULL, given_at = excluded.given_at
            """, messageId, memberHash, vote, null, at));
    }

    /// <summary>Adds what was wrong to <paramref name="memberHash"/>'s 👎 on <paramref name="messageId"/> (a 👎 it is, whatever came before).</summary>
    public bool Comment(ulong messageId, string memberHash, string comment)
    {
        var at = time.GetUtcNow().ToUnixTimeMilliseconds();
        return queue.TryEnqueue("feedback", (connection, transaction) => Execute(connection, transaction, """
            INSERT INTO feedback (message_id, member_hash, vote, comment, given_at) VALUES ($message, $member, $vote, $comment, $at)
            ON CONFLICT (message_id, member_hash) DO UPDATE SET vote = excluded.vote, comment = excluded.comment, given_at = excluded.given_at
            """, messageId, memberHash, Down, comment, at));
    }

    /// <summary>The latest 👎, newest first, with the question and answer they were about (when the audit still has them).</summary>
    public Task<IReadOnlyList<Dislike>> RecentDislikesAsync(int limit, CancellationToken cancellationToken) =>
        DislikesAsync("f.vote < 0 ORDER BY f.given_at DESC LIMIT $limit", ("$limit", limit), cancellationToken);

    /// <summary>Every 👎 given since <paramref name="since"/>, oldest first.</summary>
    public Task<IReadOnlyList<Dislike>> DislikesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        DislikesAsync("f.vote < 0 AND f.given_at >= $since ORDER BY f.given_at", ("$since", since.ToUnixTimeMilliseconds()), cancellationToken);

    /// <summary>The votes on the answer carried by <paramref name="messageId"/>: (up, down).</summary>
    public async Task<(int Up, int Down)> CountAsync(ulong messageId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(sum(vote > 0), 0), coalesce(sum(vote < 0), 0) FROM feedback WHERE message_id = $message";
        command.Parameters.AddWithValue("$message", (long)messageId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    private async Task<IReadOnlyList<Dislike>> DislikesAsync(string where, (string Name, object Value) parameter, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT f.message_id, f.comment, f.given_at, a.question, a.answer, a.status, a.language
            FROM feedback f LEFT JOIN answer_messages m ON m.message_id = f.message_id LEFT JOIN audit a ON a.answer_id = m.answer_id
            WHERE {where}
            """;
        command.Parameters.AddWithValue(parameter.Name, parameter.Value);
        var result = new List<Dislike>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new Dislike(
                (ulong)reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return result;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, ulong messageId, string memberHash, int vote, string? comment, long at)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$message", (long)messageId);
        command.Parameters.AddWithValue("$member", memberHash);
        command.Parameters.AddWithValue("$vote", vote);
        command.Parameters.AddWithValue("$comment", (object?)comment ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", at);
        command.ExecuteNonQuery();
    }
}

/// <summary>A 👎: the message voted on, what was wrong (if said), when, and the question and answer when still kept.</summary>
internal sealed record Dislike(ulong MessageId, string? Comment, DateTimeOffset GivenAt, string? Question, string? Answer, string? Status, string? Language);
