using DealBot.Knowledge;
using Microsoft.Data.Sqlite;

namespace DealBot.Operations;

/// <summary>
/// The one embedded database of feedback, audit records and conversations: <c>operations.db</c> in
/// <c>Knowledge:DataDirectory</c>, in WAL mode so that the CLI can read while the bot writes. The schema is brought to
/// the current version the first time a connection is opened.
/// </summary>
internal sealed class OperationsDatabase
{
    public const string FileName = "operations.db";
    private readonly string _connectionString;
    private readonly Lock _gate = new();
    private bool _migrated;

    public OperationsDatabase(KnowledgePaths paths)
        : this(Path.Combine(paths.DataDirectory, FileName))
    {
    }

    public OperationsDatabase(string path)
    {
        FilePath = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true, DefaultTimeout = 30 }.ToString();
    }

    public string FilePath { get; }

    /// <summary>An open connection to an up-to-date database; the caller disposes it.</summary>
    public SqliteConnection Open()
    {
        EnsureMigrated();
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The schema version the file is at (0 for a new file).</summary>
    public static long VersionOf(SqliteConnection connection) => Scalar(connection, "PRAGMA user_version");

    private void EnsureMigrated()
    {
        lock (_gate)
        {
            if (_migrated)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FilePath))!);
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL");
            var version = VersionOf(connection);
            if (version > SchemaMigrations.CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"{FilePath} was written by a newer bot (schema {version}, this one knows {SchemaMigrations.CurrentVersion}); it was left as it is");
            }

            for (var next = (int)version + 1; next <= SchemaMigrations.CurrentVersion; next++)
            {
                using var transaction = connection.BeginTransaction();
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = SchemaMigrations.Steps[next - 1] + $"\nPRAGMA user_version = {next};";
                command.ExecuteNonQuery();
                transaction.Commit();
            }

            _migrated = true;
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
