using System.Text.Json;
using DealBot.Core.Answers;
using Microsoft.Data.Sqlite;

namespace DealBot.Operations;

/// <summary>
/// The conversations behind the bot's answer messages, on disk, so a reply to an answer sent before a restart is
/// still answered with the questions before it. Saved through the write queue; read directly.
/// </summary>
internal sealed class ConversationArchive(OperationsDatabase database, OperationsWriteQueue queue, TimeProvider time) : IConversationArchive
{
    public void Save(IReadOnlyList<ulong> messageIds, IReadOnlyList<ConversationTurn> conversation)
    {
        var turns = JsonSerializer.Serialize(conversation);
        var savedAt = time.GetUtcNow().ToUnixTimeMilliseconds();
        queue.TryEnqueue("conversation", (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO conversations (message_id, turns, saved_at) VALUES ($message, $turns, $at)";
            var message = command.Parameters.Add("$message", SqliteType.Integer);
            command.Parameters.AddWithValue("$turns", turns);
            command.Parameters.AddWithValue("$at", savedAt);
            foreach (var id in messageIds)
            {
                message.Value = (long)id;
                command.ExecuteNonQuery();
            }
        });
    }

    public IReadOnlyList<ConversationTurn>? Load(ulong messageId)
    {
        try
        {
            return Read(messageId);
        }
        catch (Exception ex) when (ex is SqliteException or IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // A store that cannot be read costs the reply its context, never the answer.
            return null;
        }
    }

    private IReadOnlyList<ConversationTurn>? Read(ulong messageId)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT turns FROM conversations WHERE message_id = $message";
        command.Parameters.AddWithValue("$message", (long)messageId);
        return command.ExecuteScalar() is string turns ? JsonSerializer.Deserialize<List<ConversationTurn>>(turns) : null;
    }
}

/// <summary>Where the conversation memory keeps what must outlive the process.</summary>
internal interface IConversationArchive
{
    /// <summary>Keeps <paramref name="conversation"/> as the one ending in each of <paramref name="messageIds"/>; never blocks.</summary>
    void Save(IReadOnlyList<ulong> messageIds, IReadOnlyList<ConversationTurn> conversation);

    /// <summary>The conversation ending in <paramref name="messageId"/>, or <see langword="null"/> when none was kept.</summary>
    IReadOnlyList<ConversationTurn>? Load(ulong messageId);
}
