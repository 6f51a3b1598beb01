using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BinanceErrors.Http;

/// <summary>
/// The embedded <see cref="IBinanceOrderJournal"/>: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a write
/// is on disk when its task completes and survives the process being killed at any instant (and the machine losing
/// power). Writes are serialised through one connection; an order costs two small transactions. Meters, on the
/// <c>BinanceErrors.Http</c> meter: <c>binance.client.journal.open_intents</c> (intents whose outcome is not known yet,
/// per venue) and <c>binance.client.journal.oldest_open_intent.age</c> (how long the oldest of them has been open), so
/// an order left unreconciled is seen and alerted on.
/// </summary>
public sealed class SqliteBinanceOrderJournal : IBinanceOrderJournal, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    // The open intents (client order id → venue and creation time), kept beside the file for the gauges: read at open,
    // updated by every write, so a scrape never queries SQLite.
    private readonly Dictionary<string, (BinanceVenue Venue, long CreatedMs)> _open = new(StringComparer.Ordinal);
    private readonly Meter? _ownedMeter;

    /// <summary>Opens (creating when missing) the journal file.</summary>
    /// <param name="options">Where the file is.</param>
    /// <param name="time">The clock for the times written; <see cref="TimeProvider.System"/> when <see langword="null"/>.</param>
    /// <param name="meterFactory">Makes the <c>BinanceErrors.Http</c> meter for the journal's gauges; a meter of its own when <see langword="null"/>.</param>
    public SqliteBinanceOrderJournal(BinanceOrderJournalOptions options, TimeProvider? time = null, IMeterFactory? meterFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new ArgumentException("BinanceOrderJournalOptions.Path must name a file.", nameof(options));
        }

        _time = time ?? TimeProvider.System;
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The journal's directory '{directory}' does not exist.");
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = options.Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode=WAL;
            PRAGMA synchronous=FULL;
            PRAGMA busy_timeout=5000;
            CREATE TABLE IF NOT EXISTS order_intents (
                client_order_id TEXT PRIMARY KEY NOT NULL,
                venue TEXT NOT NULL,
                symbol TEXT NOT NULL,
                method TEXT NOT NULL,
                path TEXT NOT NULL,
                query TEXT NOT NULL,
                body TEXT NOT NULL,
                recv_window_ms INTEGER NOT NULL,
                created_at_ms INTEGER NOT NULL,
                state INTEGER NOT NULL,
                order_id INTEGER NULL,
                updated_at_ms INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS order_intents_open ON order_intents(state, created_at_ms);
            """);
        using (var open = _connection.CreateCommand())
        {
            open.CommandText = "SELECT client_order_id, venue, created_at_ms FROM order_intents WHERE state = 0;";
            using var reader = open.ExecuteReader();
            while (reader.Read())
            {
                _open[reader.GetString(0)] = (Enum.TryParse<BinanceVenue>(reader.GetString(1), out var venue) ? venue : BinanceVenue.Spot, reader.GetInt64(2));
            }
        }

        var meter = meterFactory?.Create(BinanceHttpMetrics.MeterName) ?? (_ownedMeter = new Meter(BinanceHttpMetrics.MeterName));
        meter.CreateObservableGauge("binance.client.journal.open_intents", ObserveOpen, "{intent}", "Order intents whose outcome is not known yet (in flight, or unknown and not reconciled), per venue.");
        meter.CreateObservableGauge("binance.client.journal.oldest_open_intent.age", ObserveOldest, "s", "How long the oldest open order intent has been waiting for its outcome, per venue.");
    }

    /// <summary>The journal file.</summary>
    public string Path => _connection.DataSource;

    /// <inheritdoc />
    public async ValueTask RecordIntentAsync(BinanceOrderIntent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(intent);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = """
                INSERT INTO order_intents (client_order_id, venue, symbol, method, path, query, body, recv_window_ms, created_at_ms, state, order_id, updated_at_ms)
                VALUES ($id, $venue, $symbol, $method, $path, $query, $body, $recv, $created, 0, NULL, $created)
                ON CONFLICT(client_order_id) DO UPDATE SET
                    venue = excluded.venue, symbol = excluded.symbol, method = excluded.method, path = excluded.path, query = excluded.query,
                    body = excluded.body, recv_window_ms = excluded.recv_window_ms, state = 0, order_id = NULL, updated_at_ms = excluded.updated_at_ms;
                """;
            command.Parameters.AddWithValue("$id", intent.ClientOrderId);
            command.Parameters.AddWithValue("$venue", intent.Venue.ToString());
            command.Parameters.AddWithValue("$symbol", intent.Symbol);
            command.Parameters.AddWithValue("$method", intent.Method);
            command.Parameters.AddWithValue("$path", intent.Path);
            command.Parameters.AddWithValue("$query", intent.Query);
            command.Parameters.AddWithValue("$body", intent.Body);
            command.Parameters.AddWithValue("$recv", intent.RecvWindowMs);
            command.Parameters.AddWithValue("$created", intent.CreatedAt.ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            lock (_open)
            {
                _open[intent.ClientOrderId] = (intent.Venue, intent.CreatedAt.ToUnixTimeMilliseconds());
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask RecordOutcomeAsync(string clientOrderId, BinanceOrderIntentState state, long? orderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        if (!Enum.IsDefined(state))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Not a BinanceOrderIntentState.");
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "UPDATE order_intents SET state = $state, order_id = COALESCE($orderId, order_id), updated_at_ms = $now WHERE client_order_id = $id;";
            command.Parameters.AddWithValue("$state", (int)state);
            command.Parameters.AddWithValue("$orderId", (object?)orderId ?? DBNull.Value);
            command.Parameters.AddWithValue("$now", _time.GetUtcNow().ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$id", clientOrderId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (state != BinanceOrderIntentState.Open)
            {
                lock (_open)
                {
                    _open.Remove(clientOrderId);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<BinanceOrderIntent>> ReadOpenAsync(CancellationToken cancellationToken) =>
        ReadAsync("WHERE state = 0 ORDER BY created_at_ms, client_order_id", null, cancellationToken);

    /// <summary>Every intent in the journal, oldest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The intents.</returns>
    public ValueTask<IReadOnlyList<BinanceOrderIntent>> ReadAllAsync(CancellationToken cancellationToken) =>
        ReadAsync("ORDER BY created_at_ms, client_order_id", null, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<BinanceOrderIntent?> FindAsync(string clientOrderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientOrderId);
        var found = await ReadAsync("WHERE client_order_id = $id", clientOrderId, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private async ValueTask<IReadOnlyList<BinanceOrderIntent>> ReadAsync(string where, string? id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT client_order_id, venue, symbol, method, path, query, body, recv_window_ms, created_at_ms, state, order_id, updated_at_ms FROM order_intents " + where + ";";
            if (id is not null)
            {
                command.Parameters.AddWithValue("$id", id);
            }

            var list = new List<BinanceOrderIntent>();
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var venueText = reader.GetString(1);
                list.Add(new BinanceOrderIntent
                {
                    ClientOrderId = reader.GetString(0),
                    Venue = Enum.TryParse<BinanceVenue>(venueText, out var venue) ? venue
                        : throw new InvalidDataException($"The journal '{Path}' names an unknown venue '{venueText}'."),
                    Symbol = reader.GetString(2),
                    Method = reader.GetString(3),
                    Path = reader.GetString(4),
                    Query = reader.GetString(5),
                    Body = reader.GetString(6),
                    RecvWindowMs = reader.GetInt64(7),
                    CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                    State = (BinanceOrderIntentState)reader.GetInt32(9),
                    OrderId = reader.IsDBNull(10) ? null : reader.GetInt64(10),
                    UpdatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(11)),
                });
            }

            return list;
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private IEnumerable<Measurement<long>> ObserveOpen()
    {
        lock (_open)
        {
            return _open.Values.GroupBy(o => o.Venue).Select(g => new Measurement<long>(g.Count(), new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(g.Key) } })).ToArray();
        }
    }

    private IEnumerable<Measurement<double>> ObserveOldest()
    {
        var nowMs = _time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_open)
        {
            return _open.Values.GroupBy(o => o.Venue).Select(g => new Measurement<double>(Math.Max(0, nowMs - g.Min(o => o.CreatedMs)) / 1000d, new TagList { { BinanceTelemetryTags.Venue, BinanceTelemetryTags.VenueValue(g.Key) } })).ToArray();
        }
    }

    /// <summary>Closes the file.</summary>
    public void Dispose()
    {
        _ownedMeter?.Dispose();
        lock (_open)
        {
            _open.Clear();
        }

        _connection.Dispose();
        _gate.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"SQLite order journal {Path}");
}
