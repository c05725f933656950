using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace DealBot.Operations;

/// <summary>Keeps an audit record per answer (through the write queue) and finds one again by any of its message ids.</summary>
internal sealed class AuditTrail(OperationsDatabase database, OperationsWriteQueue queue)
{
    /// <summary>Queues <paramref name="record"/>; <see langword="false"/> when the queue was full and it was dropped.</summary>
    public bool Record(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return queue.TryEnqueue("audit", (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT OR REPLACE INTO audit (answer_id, asked_at, question, answer, status, path, language, passages, steps,
                    tool_calls, verdict, latency_ms, guild_id, channel_id, member_hash)
                VALUES ($id, $at, $question, $answer, $status, $path, $language, $passages, $steps, $tools, $verdict,
                    $latency, $guild, $channel, $member);
                """;
            command.Parameters.AddWithValue("$id", (long)record.AnswerId);
            command.Parameters.AddWithValue("$at", record.AskedAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$question", record.Question);
            command.Parameters.AddWithValue("$answer", record.Answer);
            command.Parameters.AddWithValue("$status", record.Status);
            command.Parameters.AddWithValue("$path", record.Path);
            command.Parameters.AddWithValue("$language", record.Language);
            command.Parameters.AddWithValue("$passages", JsonSerializer.Serialize(record.Passages));
            command.Parameters.AddWithValue("$steps", JsonSerializer.Serialize(record.Steps));
            command.Parameters.AddWithValue("$tools", JsonSerializer.Serialize(record.ToolCalls));
            command.Parameters.AddWithValue("$verdict", (object?)record.Verdict ?? DBNull.Value);
            command.Parameters.AddWithValue("$latency", (long)record.Latency.TotalMilliseconds);
            command.Parameters.AddWithValue("$guild", record.GuildId is { } g ? (long)g : DBNull.Value);
            command.Parameters.AddWithValue("$channel", record.ChannelId is { } c ? (long)c : DBNull.Value);
            command.Parameters.AddWithValue("$member", (object?)record.MemberHash ?? DBNull.Value);
            command.ExecuteNonQuery();

            command.Parameters.Clear();
            command.CommandText = "INSERT OR REPLACE INTO answer_messages (message_id, answer_id) VALUES ($message, $id)";
            command.Parameters.AddWithValue("$id", (long)record.AnswerId);
            var message = command.Parameters.Add("$message", SqliteType.Integer);
            foreach (var id in record.MessageIds)
            {
                message.Value = (long)id;
                command.ExecuteNonQuery();
            }
        });
    }

    /// <summary>The record of the answer that <paramref name="messageId"/> is part of, or <see langword="null"/>.</summary>
    public async Task<AuditRecord?> FindAsync(ulong messageId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT a.answer_id, a.asked_at, a.question, a.answer, a.status, a.path, a.language, a.passages, a.tool_calls,
                a.steps, a.verdict, a.latency_ms, a.guild_id, a.channel_id, a.member_hash,
                (SELECT group_concat(message_id) FROM answer_messages WHERE answer_id = a.answer_id)
            FROM answer_messages m JOIN audit a ON a.answer_id = m.answer_id
            WHERE m.message_id = $message
            """;
        command.Parameters.AddWithValue("$message", (long)messageId);
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new AuditRecord(
            (ulong)reader.GetInt64(0),
            [.. reader.GetString(15).Split(',').Select(ulong.Parse).Order()],
            DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
            reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            JsonSerializer.Deserialize<List<AuditPassage>>(reader.GetString(7)) ?? [],
            JsonSerializer.Deserialize<List<string>>(reader.GetString(8)) ?? [],
            JsonSerializer.Deserialize<List<string>>(reader.GetString(9)) ?? [],
            reader.IsDBNull(10) ? null : reader.GetString(10),
            TimeSpan.FromMilliseconds(reader.GetInt64(11)),
            reader.IsDBNull(12) ? null : (ulong)reader.GetInt64(12),
            reader.IsDBNull(13) ? null : (ulong)reader.GetInt64(13),
            reader.IsDBNull(14) ? null : reader.GetString(14));
    }
}
