using BinanceErrors.Http;
using Microsoft.Data.Sqlite;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// The demo's journal file: the pipeline's <see cref="SqliteBinanceOrderJournal"/> (intents and outcomes) plus one row
/// with the run's plan. Without <c>--journal</c> the demo uses a temporary file, deleted at the end.
/// </summary>
internal sealed class DemoJournal : IDisposable
{
    private readonly string _path;
    private readonly bool _temporary;

    private DemoJournal(string path, bool temporary)
    {
        _path = path;
        _temporary = temporary;
        Intents = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = path });
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE IF NOT EXISTS demo_plan (id INTEGER PRIMARY KEY CHECK (id = 1), run_id TEXT NOT NULL, orders INTEGER NOT NULL, order_type TEXT NOT NULL, chaos INTEGER NOT NULL, seed INTEGER NOT NULL, venue TEXT NOT NULL DEFAULT 'spot');";
        command.ExecuteNonQuery();

        // The fault rules the run added to the sandbox, as the sandbox stored them: removed at the end, or on --resume.
        command.CommandText = "CREATE TABLE IF NOT EXISTS demo_faults (id INTEGER PRIMARY KEY, rule TEXT NOT NULL);";
        command.ExecuteNonQuery();

        // Journals written before the venue was recorded held Spot runs only.
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('demo_plan') WHERE name = 'venue';";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            command.CommandText = "ALTER TABLE demo_plan ADD COLUMN venue TEXT NOT NULL DEFAULT 'spot';";
            command.ExecuteNonQuery();
        }
    }

    private const int ReadOnly = 8;
    private const int CannotOpen = 14;

    public SqliteBinanceOrderJournal Intents { get; }

    public static DemoJournal Create(string? path)
    {
        if (path is null)
        {
            return new DemoJournal(Path.Combine(Path.GetTempPath(), $"binance-errors-demo-{Guid.NewGuid():N}.db"), temporary: true);
        }

        CliFiles.WritablePath("--journal", path);
        DemoJournal? journal = null;
        try
        {
            journal = new DemoJournal(path, temporary: false);

            // Prove now that the file can be written: a read-only journal opens and reads fine, so recovery would run
            // and only the first intent written after it would fail. Refused here, before anything is sent.
            journal.ProveWritable();
            return journal;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is ReadOnly or CannotOpen)
        {
            journal?.Dispose();
            throw new CliUsageException(
                File.Exists(path)
                    ? $"--journal: '{path}' is read-only ({ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')}); the demo writes every order intent before it sends it. Make the file and its directory writable, or name another file."
                    : $"--journal: cannot create '{path}' ({ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')}); name a file in a directory you can write.",
                ex);
        }
        catch (SqliteException ex)
        {
            journal?.Dispose();
            throw new CliUsageException($"--journal: '{path}' is not a journal the demo can use ({ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')}).", ex);
        }
    }

    public DemoPlan? ReadPlan()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT run_id, orders, order_type, chaos, seed, venue FROM demo_plan WHERE id = 1;";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new DemoPlan(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3) != 0, reader.GetInt32(4), reader.GetString(5)) : null;
    }

    public void WritePlan(DemoPlan plan)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=FULL; INSERT INTO demo_plan (id, run_id, orders, order_type, chaos, seed, venue) VALUES (1, $run, $orders, $type, $chaos, $seed, $venue);";
        command.Parameters.AddWithValue("$run", plan.RunId);
        command.Parameters.AddWithValue("$orders", plan.Orders);
        command.Parameters.AddWithValue("$type", plan.OrderType);
        command.Parameters.AddWithValue("$chaos", plan.Chaos ? 1 : 0);
        command.Parameters.AddWithValue("$seed", plan.Seed);
        command.Parameters.AddWithValue("$venue", plan.Venue);
        command.ExecuteNonQuery();
    }

    /// <summary>Records a fault rule the run added to the sandbox (its id there and the rule as stored).</summary>
    public void RecordFault(int id, string rule)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO demo_faults (id, rule) VALUES ($id, $rule);";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$rule", rule);
        command.ExecuteNonQuery();
    }

    /// <summary>The fault rules the run added and has not removed yet.</summary>
    public IReadOnlyList<(int Id, string Rule)> ReadFaults()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, rule FROM demo_faults ORDER BY id;";
        using var reader = command.ExecuteReader();
        var faults = new List<(int, string)>();
        while (reader.Read())
        {
            faults.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return faults;
    }

    /// <summary>Forgets a fault rule once it is gone from the sandbox.</summary>
    public void ForgetFault(int id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM demo_faults WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>Writes to the file and rolls the write back: SQLite answers SQLITE_READONLY when it cannot be written.</summary>
    private void ProveWritable()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE; CREATE TABLE demo_write_probe (x INTEGER); ROLLBACK;";
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        Intents.Dispose();
        if (_temporary)
        {
            foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
