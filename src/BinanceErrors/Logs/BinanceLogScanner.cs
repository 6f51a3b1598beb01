using System.Buffers;
using System.Text.Json;
using BinanceErrors.Internal;
using BinanceErrors.Logs.Internal;

namespace BinanceErrors.Logs;

/// <summary>
/// Finds, classifies and explains every Binance error in a bot's log: the forms python-binance, ccxt, freqtrade,
/// hummingbot, Binance.Net, go-binance and the official connectors print, raw response bodies, and HTTP 418/429/5XX
/// lines. The log is streamed (plain, gzip or UTF-16; any size, in fixed memory); each error becomes a
/// <see cref="LogOccurrence"/> classified by <see cref="BinanceErrorClassifier"/>, and <see cref="Summary"/> counts
/// them and names the patterns they form (a ban after 429s, a drifting clock, a rejection retried in a loop, an order
/// whose outcome was never checked).
/// </summary>
/// <remarks>
/// One scanner scans one log at a time; it is not thread-safe, except <see cref="BytesRead"/>, which another thread
/// may read for progress.
/// </remarks>
public sealed class BinanceLogScanner
{
    private static readonly int[] ReportedStatuses = [403, 418, 429, 451];

    /// <summary>Every line's time is looked for in its first this-many characters (where log lines put it), to date the lines after it that have none.</summary>
    private const int LeadingTimeSearch = 48;

    /// <summary>A catalog message this long is Binance's own wording even with no mention of Binance nearby.</summary>
    private const int MinimumUnattributedMessage = 24;

    /// <summary>Codes no catalog lists are taken only in a <c>{"code":…,"msg":…}</c> body, and only in Binance's range (JSON-RPC's -32xxx are not).</summary>
    private const int LowestUnknownCode = -29999;

    private readonly BinanceVenue? _venue;
    private long _bytesRead;
    private LogScanSummary _summary = new();

    /// <summary>Creates a scanner.</summary>
    /// <param name="venue">
    /// The venue every error is classified for; <see langword="null"/> (auto) takes it per line from the Binance host,
    /// path or library name on the line or the lines shortly before it, else from the catalog (a code only futures have), else Spot.
    /// </param>
    public BinanceLogScanner(BinanceVenue? venue = null)
    {
        _venue = venue;
    }

    /// <summary>Bytes of the log read so far (after decompression); safe to read from another thread while a scan runs.</summary>
    public long BytesRead => Volatile.Read(ref _bytesRead);

    /// <summary>
    /// The summary of the last scan, complete once its enumeration has finished (empty before); a scan that was
    /// cancelled, or whose enumeration was stopped early, has a summary of what it read, with <see cref="LogScanSummary.Stopped"/> saying so.
    /// </summary>
    public LogScanSummary Summary => _summary;

    /// <summary>Scans a log, yielding each error as it is found; <see cref="Summary"/> is set when the enumeration ends.</summary>
    /// <param name="log">The log: text in UTF-8 (or UTF-16 with a byte order mark), or gzip of it. Read to its end; not disposed.</param>
    /// <param name="cancellationToken">Stops the scan between blocks of lines.</param>
    /// <returns>The occurrences, lazily, in line order. Enumerate once.</returns>
    /// <remarks>
    /// A log that stops being readable (bytes that are not UTF-8, a NUL byte, compressed data cut short) is scanned
    /// up to that point and <see cref="LogScanSummary.Stopped"/> says where and why; no exception is thrown for it.
    /// </remarks>
    public IEnumerable<LogOccurrence> Scan(Stream log, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        return ScanLines(log, cancellationToken);
    }

    private IEnumerable<LogOccurrence> ScanLines(Stream log, CancellationToken cancellationToken)
    {
        _summary = new LogScanSummary();
        Volatile.Write(ref _bytesRead, 0);
        using var reader = new LogBlockReader(log);
        var state = new ScanState();
        var found = new List<LogOccurrence>();
        var finished = false;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var more = ScanBlock(reader, state, found);
                Volatile.Write(ref _bytesRead, reader.BytesRead);
                foreach (var occurrence in found)
                {
                    yield return occurrence;
                }

                found.Clear();
                if (!more)
                {
                    break;
                }
            }

            finished = true;
        }
        finally
        {
            // Also when the scan is cancelled or its consumer stops early: the summary covers what was read.
            var stop = reader.Stop ?? (finished ? null : new LogScanStop(
                reader.Lines + 1,
                reader.BytesRead,
                LogStopReason.Cancelled,
                $"Stopped at line {reader.Lines + 1} (byte {reader.BytesRead}): the scan was cancelled. The summary covers the lines before it."));
            _summary = state.Patterns.Finish(reader.Lines, reader.BytesRead, stop);
        }
    }

    private bool ScanBlock(LogBlockReader reader, ScanState state, List<LogOccurrence> found)
    {
        var block = reader.NextBlock();
        if (block.IsEmpty)
        {
            return false;
        }

        while (!block.IsEmpty)
        {
            var newline = block.IndexOf('\n');
            var line = newline < 0 ? block : block[..newline];
            block = newline < 0 ? default : block[(newline + 1)..];
            if (!line.IsEmpty && line[^1] == '\r')
            {
                line = line[..^1];
            }

            state.Line++;
            if (LogTimestampParser.Find(line[..Math.Min(line.Length, LeadingTimeSearch)]) is { } time)
            {
                state.LastTime = time.AssumingUtc;
            }

            if (ScanLine(line, state) is { } occurrence)
            {
                state.Patterns.Add(occurrence);
                found.Add(occurrence);
            }
        }

        return true;
    }

    private LogOccurrence? ScanLine(ReadOnlySpan<char> line, ScanState state)
    {
        var number = state.Line;
        state.Context.Observe(line, number);
        if (state.Context.LineIsLookup)
        {
            state.Patterns.LookupSeen();
        }

        var binance = LogLineParser.MentionsBinance(line);
        if (binance)
        {
            state.LastBinanceLine = number;
        }

        if (LogLineParser.IsOtherExchange(line, binance))
        {
            return null;
        }

        var binanceNearby = number - state.LastBinanceLine <= LogContext.Window;
        if (LogLineParser.TryFindCode(line, binanceNearby, out var finding))
        {
            return CodeOccurrence(line, number, binance, finding, state);
        }

        if (LogMessageIndex.Instance.TryFind(line, out var start, out var length, out var matches) && (binanceNearby || length >= MinimumUnattributedMessage))
        {
            return MessageOccurrence(line, number, start, length, matches, state);
        }

        if (binance && LogLineParser.FindStatus(line) is { } status && (status >= 500 || Array.IndexOf(ReportedStatuses, status) >= 0))
        {
            var statusFinding = new LineFinding { Form = LogErrorForm.HttpStatus, Status = status, Message = string.Empty, Start = line.Length, RetryAfterSeconds = LogLineParser.FindRetryAfter(line) };
            // Stryker disable once String : ChooseVenue reads the message only together with a code, and a status alone has none
            var (venue, source) = ChooseVenue(number, state, code: null, message: string.Empty);
            return Classify(line, number, statusFinding, venue, source, state);
        }

        return null;
    }

    private LogOccurrence? CodeOccurrence(ReadOnlySpan<char> line, long number, bool binance, LineFinding finding, ScanState state)
    {
        var code = finding.Code!.Value;
        if (!finding.ExactMessage && finding.Message.Length > 0 || finding.NeedsTemplateMatch)
        {
            // The message is the rest of the line: cut it to the catalog message it starts with, when one fits.
            var fitted = false;
            foreach (var venue in CandidateVenues(number, state))
            {
                if (FitMessage(venue, code, finding.Message) is { } message)
                {
                    finding.Message = message;
                    fitted = true;
                    break;
                }
            }

            if (finding.NeedsTemplateMatch && !fitted)
            {
                return null;
            }
        }

        if (!IsKnownAnywhere(code) && (code < LowestUnknownCode || !finding.MsgKey && finding.Form != LogErrorForm.ApiError))
        {
            return null;
        }

        finding.Status ??= LogLineParser.FindStatus(line) is { } status && status >= 400 ? status : null;
        finding.RetryAfterSeconds = LogLineParser.FindRetryAfter(line);
        var (chosen, source) = ChooseVenue(number, state, code, finding.Message);
        _ = binance;
        return Classify(line, number, finding, chosen, source, state);
    }

    private LogOccurrence MessageOccurrence(ReadOnlySpan<char> line, long number, int start, int length, List<LogMessageIndex.Entry> matches, ScanState state)
    {
        BinanceVenue venue;
        LogVenueSource source;
        if (_venue is { } option)
        {
            (venue, source) = (option, LogVenueSource.Option);
        }
        else if (state.Context.VenueFor(number) is { } evidence)
        {
            (venue, source) = (evidence.Venue, evidence.Source);
        }
        else if (matches.Exists(m => m.Venue == BinanceVenue.Spot))
        {
            (venue, source) = (BinanceVenue.Spot, LogVenueSource.Default);
        }
        else
        {
            (venue, source) = (matches[0].Venue, LogVenueSource.Catalog);
        }

        var entry = matches.Find(m => m.Venue == venue);
        // Stryker disable once Boolean : ExactMessage is read only where a code's message is fitted (CodeOccurrence), never for a message found alone
        var finding = new LineFinding
        {
            Form = LogErrorForm.MessageOnly,
            Code = entry?.Code,
            Message = line.Slice(start, length).Trim().ToString(),
            Start = start,
            ExactMessage = true,
            Status = LogLineParser.FindStatus(line) is { } status && status >= 400 ? status : null,
            RetryAfterSeconds = LogLineParser.FindRetryAfter(line),
        };
        return Classify(line, number, finding, venue, source, state);
    }

    private LogOccurrence Classify(ReadOnlySpan<char> line, long number, LineFinding finding, BinanceVenue venue, LogVenueSource source, ScanState state)
    {
        var timestamp = LogTimestampParser.Find(line[..Math.Min(finding.Start, line.Length)]);

        // Advice is dated from the line's time, or from the last time written before it (a traceback's error line
        // has none, the line that opened it has); with no time at all, only an end the message states is kept.
        var time = timestamp?.AssumingUtc ?? state.LastTime;
        state.Clock.Now = time ?? DateTimeOffset.UnixEpoch;
        var intent = state.Context.IntentFor(number);
        var headers = finding.RetryAfterSeconds is { } seconds
            ? new BinanceResponseHeaders([new KeyValuePair<string, string>("Retry-After", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))])
            : default;
        var error = BinanceErrorClassifier.Classify(venue, finding.Status, state.Body(finding.Code, finding.Message), headers, intent, state.Clock);
        if (time is null && (error.Advice.Until is not null || error.BannedUntil is not null))
        {
            var stated = long.TryParse(error.GetArgument("bannedUntil"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var ms)
                && ms is > 0 and < 253402300800000
                ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
                : (DateTimeOffset?)null;
            error = error with
            {
                Advice = error.Advice with { Until = stated, RetryAfter = stated is null ? error.Advice.RetryAfter : null },
                BannedUntil = stated,
            };
        }

        return new LogOccurrence(number, timestamp, finding.Form, source, intent, error);
    }

    private (BinanceVenue Venue, LogVenueSource Source) ChooseVenue(long number, ScanState state, int? code, string message)
    {
        if (_venue is { } option)
        {
            return (option, LogVenueSource.Option);
        }

        var evidence = state.Context.VenueFor(number);
        if (evidence is { } own && own.Line == number)
        {
            return (own.Venue, own.Source);
        }

        // Evidence from earlier lines holds unless the message says otherwise: a bot trading Spot and futures logs
        // both, and "Filter failure: PERCENT_PRICE_BY_SIDE" after a futures request line is still Spot's -1013.
        if (evidence is { } earlier)
        {
            if (code is null || message.Length == 0 || FitMessage(earlier.Venue, code.Value, message) is not null)
            {
                return (earlier.Venue, earlier.Source);
            }

            foreach (var venue in BinanceErrorCatalog.Venues)
            {
                if (FitMessage(venue, code.Value, message) is not null)
                {
                    return (venue, LogVenueSource.Catalog);
                }
            }

            return (earlier.Venue, earlier.Source);
        }

        if (code is { } c && message.Length > 0 && FitMessage(BinanceVenue.Spot, c, message) is null)
        {
            // The code means something else on Spot (-2021 is a cancel-replace there): the venue whose message it is.
            foreach (var venue in (ReadOnlySpan<BinanceVenue>)[BinanceVenue.UsdMFutures, BinanceVenue.CoinMFutures, BinanceVenue.BinanceUs])
            {
                if (FitMessage(venue, c, message) is not null)
                {
                    return (venue, LogVenueSource.Catalog);
                }
            }
        }

        if (code is { } d && !BinanceErrorCatalog.TryGetDefinition(BinanceVenue.Spot, d, out _))
        {
            foreach (var venue in (ReadOnlySpan<BinanceVenue>)[BinanceVenue.UsdMFutures, BinanceVenue.CoinMFutures, BinanceVenue.BinanceUs])
            {
                if (BinanceErrorCatalog.TryGetDefinition(venue, d, out _))
                {
                    return (venue, LogVenueSource.Catalog);
                }
            }
        }

        return (BinanceVenue.Spot, LogVenueSource.Default);
    }

    private IEnumerable<BinanceVenue> CandidateVenues(long number, ScanState state)
    {
        if (_venue is { } option)
        {
            return [option];
        }

        return state.Context.VenueFor(number) is { } evidence
            ? [evidence.Venue, .. BinanceErrorCatalog.Venues.Where(v => v != evidence.Venue)]
            : [BinanceVenue.Spot, BinanceVenue.UsdMFutures, BinanceVenue.CoinMFutures, BinanceVenue.BinanceUs];
    }

    private static bool IsKnownAnywhere(int code)
    {
        foreach (var venue in BinanceErrorCatalog.Venues)
        {
            if (BinanceErrorCatalog.TryGetDefinition(venue, code, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of <paramref name="text"/> that is one of the code's messages on the venue, or <see langword="null"/>.</summary>
    private static string? FitMessage(BinanceVenue venue, int code, string text)
    {
        if (!BinanceErrorCatalog.TryGetDefinition(venue, code, out var definition) || text.Length == 0)
        {
            return null;
        }

        var catalog = BinanceErrorCatalog.For(venue);
        IEnumerable<MessageTemplate> templates = definition!.MessagesFrom switch
        {
            CatalogMessageSource.FilterFailures => definition.Messages.Concat(catalog.FilterFailures.Select(f => f.Template)),
            CatalogMessageSource.MatchingEngine => definition.Messages.Concat(catalog.MatchingEngineMessages.Select(m => m.Template)),
            _ => definition.Messages,
        };
        Span<char> buffer = stackalloc char[MessageText.MaxNormalizedLength];
        Span<Range> captures = stackalloc Range[TemplatePattern.MaxPlaceholders];
        foreach (var template in templates)
        {
            var end = LogMessageIndex.MatchEnd(text, 0, template, buffer, captures);
            if (end >= 0)
            {
                return text[..end].Trim();
            }
        }

        return null;
    }

    /// <summary>Everything one scan keeps between lines: the context window, the pattern counters, the classifier's clock and a body buffer.</summary>
    private sealed class ScanState
    {
        private readonly ArrayBufferWriter<byte> _body = new(256);

        public long Line { get; set; }

        /// <summary>The last line that mentioned Binance: a catalog message shortly after it is attributed to Binance.</summary>
        public long LastBinanceLine { get; set; } = long.MinValue / 2;

        public LogContext Context { get; } = new();

        public LogPatternDetector Patterns { get; } = new();

        public LineClock Clock { get; } = new();

        /// <summary>The last time a line wrote (at its start), for the lines without one.</summary>
        public DateTimeOffset? LastTime { get; set; }

        /// <summary>The response body the line stands for: <c>{"code":…,"msg":…}</c>, or empty for a status alone.</summary>
        public ReadOnlySpan<byte> Body(int? code, string message)
        {
            _body.ResetWrittenCount();
            if (code is null && message.Length == 0)
            {
                return default;
            }

            using (var json = new Utf8JsonWriter(_body))
            {
                json.WriteStartObject();
                if (code is { } c)
                {
                    json.WriteNumber("code", c);
                }

                json.WriteString("msg", message);
                json.WriteEndObject();
            }

            return _body.WrittenSpan;
        }
    }
}
