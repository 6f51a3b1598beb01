using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>
/// A venue's listenKeys, as the futures user data streams document them: one key per account, valid for 60 minutes on
/// the sandbox clock; starting again returns the active key and extends it; a keepalive extends it; closing it
/// invalidates it and closes its streams. When a key expires, every stream on it gets <c>listenKeyExpired</c> and is
/// closed. Streams attached to a key receive the account's user data through <see cref="UserDataStreams"/>.
/// </summary>
internal sealed class ListenKeys : IDisposable
{
    /// <summary>How long a key lives without a keepalive (60 minutes).</summary>
    public static readonly TimeSpan Validity = TimeSpan.FromMinutes(60);

    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private readonly SandboxClock _clock;
    private readonly UserDataStreams _streams;
    private readonly bool _eventTimeAsText;
    private readonly Dictionary<string, Entry> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byAccount = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private bool _disposed;

    /// <summary>Creates the registry.</summary>
    /// <param name="clock">The server clock the validity runs on.</param>
    /// <param name="streams">The venue's user data subscribers (streams are added there while attached).</param>
    /// <param name="eventTimeAsText">Whether <c>listenKeyExpired</c> carries <c>E</c> as a string (USDⓈ-M's sample) rather than a number (COIN-M's).</param>
    public ListenKeys(SandboxClock clock, UserDataStreams streams, bool eventTimeAsText)
    {
        _clock = clock;
        _streams = streams;
        _eventTimeAsText = eventTimeAsText;
    }

    /// <summary>
    /// <c>POST …/listenKey</c>, <c>userDataStream.start</c>: the account's active key, extended for 60 minutes, or a new
    /// one when it has none.
    /// </summary>
    public string Start(string account)
    {
        ExpireDue();
        lock (_gate)
        {
            if (_byAccount.TryGetValue(account, out var active))
            {
                Extend(active);
                return active.Key;
            }

            var key = RandomNumberGenerator.GetString(Alphabet, 64);
            var entry = new Entry(key, account, this);
            entry.Timer = _clock.Time.CreateTimer(static state => ((Entry)state!).Owner.OnTimer((Entry)state), entry, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _byKey[key] = entry;
            _byAccount[account] = entry;
            Extend(entry);
            return key;
        }
    }

    /// <summary>
    /// <c>PUT …/listenKey</c>, <c>userDataStream.ping</c>: extends the account's active key for 60 minutes and returns
    /// it; false when the account has none or <paramref name="key"/> (when sent) is not its active key (-1125).
    /// </summary>
    public bool TryKeepAlive(string account, string? key, [NotNullWhen(true)] out string? extended)
    {
        ExpireDue();
        lock (_gate)
        {
            if (_byAccount.TryGetValue(account, out var active) && (key is null || key == active.Key))
            {
                Extend(active);
                extended = active.Key;
                return true;
            }
        }

        extended = null;
        return false;
    }

    /// <summary>
    /// <c>DELETE …/listenKey</c>, <c>userDataStream.stop</c>: invalidates the account's key and closes its streams;
    /// false when it has none or <paramref name="key"/> (when sent) is not its active key (-1125).
    /// </summary>
    public bool TryClose(string account, string? key)
    {
        ExpireDue();
        Entry? closing;
        lock (_gate)
        {
            if (!_byAccount.TryGetValue(account, out closing) || (key is not null && key != closing.Key))
            {
                return false;
            }

            Remove(closing);
        }

        End(closing, ReadOnlyMemory<byte>.Empty, "The listenKey was closed.");
        return true;
    }

    /// <summary>Whether <paramref name="key"/> is active now, and whose it is.</summary>
    public bool TryFind(string key, [NotNullWhen(true)] out string? account)
    {
        ExpireDue();
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var entry))
            {
                account = entry.Account;
                return true;
            }
        }

        account = null;
        return false;
    }

    /// <summary>Attaches a stream to an active key: it receives the account's events until the key expires or closes; false when the key is not active.</summary>
    public bool TryAttach(string key, IListenKeySubscriber stream)
    {
        ExpireDue();
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out var entry))
            {
                return false;
            }

            entry.Streams.Add(stream);
            _streams.Add(entry.Account, stream);
            return true;
        }
    }

    /// <summary>Detaches a stream whose connection ended.</summary>
    public void Detach(string key, IListenKeySubscriber stream)
    {
        lock (_gate)
        {
            if (_byKey.TryGetValue(key, out var entry) && entry.Streams.Remove(stream))
            {
                _streams.Remove(entry.Account, stream);
            }
        }
    }

    /// <summary>Expires a key now (the admin API): its streams get <c>listenKeyExpired</c> and close; false when it is not active.</summary>
    public bool Expire(string key)
    {
        Entry? entry;
        lock (_gate)
        {
            if (!_byKey.TryGetValue(key, out entry))
            {
                return false;
            }

            Remove(entry);
        }

        EndExpired(entry);
        return true;
    }

    /// <summary>The active keys, with their accounts and when each expires (epoch milliseconds).</summary>
    public IReadOnlyList<(string Key, string Account, long ExpiresAtMs)> Active()
    {
        ExpireDue();
        lock (_gate)
        {
            return [.. _byKey.Values.Select(e => (e.Key, e.Account, e.ExpiresAtMs))];
        }
    }

    /// <summary>Stops the expiry timers (the server is stopping).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var entry in _byKey.Values)
            {
                entry.Timer?.Dispose();
            }
        }
    }

    private void Extend(Entry entry)
    {
        entry.ExpiresAtMs = _clock.NowMs + (long)Validity.TotalMilliseconds;
        if (!_disposed)
        {
            entry.Timer?.Change(Validity, Timeout.InfiniteTimeSpan);
        }
    }

    private void Remove(Entry entry)
    {
        _byKey.Remove(entry.Key);
        _byAccount.Remove(entry.Account);
        entry.Timer?.Dispose();
        foreach (var stream in entry.Streams)
        {
            _streams.Remove(entry.Account, stream);
        }
    }

    /// <summary>The timer fired: the key expires unless a keepalive (or a clock moved back) gave it more time.</summary>
    private void OnTimer(Entry entry)
    {
        lock (_gate)
        {
            if (_disposed || !_byKey.TryGetValue(entry.Key, out var current) || current != entry)
            {
                return;
            }

            var left = entry.ExpiresAtMs - _clock.NowMs;
            if (left > 0)
            {
                entry.Timer?.Change(TimeSpan.FromMilliseconds(left), Timeout.InfiniteTimeSpan);
                return;
            }

            Remove(entry);
        }

        EndExpired(entry);
    }

    /// <summary>Keys the server clock passed (it can jump: admin shifts) expire before anyone uses them.</summary>
    private void ExpireDue()
    {
        Entry[] due;
        lock (_gate)
        {
            var now = _clock.NowMs;
            due = [.. _byKey.Values.Where(e => e.ExpiresAtMs <= now)];
            foreach (var entry in due)
            {
                Remove(entry);
            }
        }

        foreach (var entry in due)
        {
            EndExpired(entry);
        }
    }

    private void EndExpired(Entry entry)
    {
        var now = _clock.NowMs;
        var expired = JsonFrames.Render(json =>
        {
            json.WriteStartObject();
            json.WriteString("e", "listenKeyExpired");
            if (_eventTimeAsText)
            {
                json.WriteString("E", now.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNumber("E", now);
            }

            json.WriteString("listenKey", entry.Key);
            json.WriteEndObject();
        });
        End(entry, expired, "The listenKey expired.");
    }

    private static void End(Entry entry, ReadOnlyMemory<byte> lastEvent, string reason)
    {
        // The entry is out of the registry: nothing attaches to or detaches from it any more.
        foreach (var stream in entry.Streams.ToArray())
        {
            stream.End(lastEvent, reason);
        }
    }

    private sealed class Entry(string key, string account, ListenKeys owner)
    {
        public string Key => key;

        public string Account => account;

        public long ExpiresAtMs { get; set; }

        public ITimer? Timer { get; set; }

        public ListenKeys Owner => owner;

        public List<IListenKeySubscriber> Streams { get; } = [];
    }
}
