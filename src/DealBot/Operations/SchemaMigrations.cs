namespace DealBot.Operations;

/// <summary>
/// The database's schema, one step per version. A step only ever adds: a database written by an older bot is
/// brought up to date in place, keeping everything in it. <c>PRAGMA user_version</c> holds the version reached.
/// </summary>
internal static class SchemaMigrations
{
    /// <summary>The steps in order; step N brings version N-1 to version N.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: audit records, the messages that carried them, conversations behind reply chains, and settings.
        """
        CREATE TABLE audit (
            answer_id INTEGER PRIMARY KEY,
            asked_at INTEGER NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            status TEXT NOT NULL,
            path TEXT NOT NULL,
            language TEXT NOT NULL,
            passages TEXT NOT NULL,
            steps TEXT NOT NULL,
            verdict TEXT,
            latency_ms INTEGER NOT NULL,
            guild_id INTEGER,
            channel_id INTEGER,
            member_hash TEXT);
        CREATE TABLE answer_messages (message_id INTEGER PRIMARY KEY, answer_id INTEGER NOT NULL);
        CREATE TABLE conversations (message_id INTEGER PRIMARY KEY, turns TEXT NOT NULL, saved_at INTEGER NOT NULL);
        CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,

        // 2: members' votes on answers (one per member and message: a second click replaces the first), the tool
        // calls of an answer apart from its other steps, and the index the retention job deletes by.
        """
        CREATE TABLE feedback (
            message_id INTEGER NOT NULL,
            member_hash TEXT NOT NULL,
            vote INTEGER NOT NULL,
            comment TEXT,
            given_at INTEGER NOT NULL,
            PRIMARY KEY (message_id, member_hash));
        CREATE INDEX feedback_given_at ON feedback (given_at);
        ALTER TABLE audit ADD COLUMN tool_calls TEXT NOT NULL DEFAULT '[]';
        CREATE INDEX audit_asked_at ON audit (asked_at);
        CREATE INDEX conversations_saved_at ON conversations (saved_at);
        """,
    ];

    public static int CurrentVersion => Steps.Count;
}
