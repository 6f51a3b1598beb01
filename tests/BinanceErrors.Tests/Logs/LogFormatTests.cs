using System.Text.Json;
using BinanceErrors.Logs;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// Every log format the scanner supports, on real lines quoted verbatim from public issues (Fixtures/Logs/real-log-lines.jsonl,
/// one line per entry with its source URL and what the scanner must read from it), and lines that must not match
/// (Fixtures/Logs/noise-lines.jsonl: real ones with their source, and constructed look-alikes).
/// </summary>
public sealed class LogFormatTests
{
    public static TheoryData<string> RealLines() => [.. Entries("real-log-lines.jsonl").Select(e => e.GetRawText())];

    public static TheoryData<string> NoiseLines() => [.. Entries("noise-lines.jsonl").Select(e => e.GetRawText())];

    [Theory]
    [MemberData(nameof(RealLines))]
    public void RealLine_IsFound_AndReadAsItsSourceSays(string entry)
    {
        // "context": lines that come right before it in the same paste, when the line alone does not say it is Binance's.
        var expected = JsonDocument.Parse(entry).RootElement;
        var context = expected.TryGetProperty("context", out var before) ? before.EnumerateArray().Select(l => l.GetString()!).ToArray() : [];
        var scan = LogScan.OfLines([.. context, expected.GetProperty("line").GetString()!]);

        var occurrence = scan.Occurrences.ShouldHaveSingleItem(expected.GetProperty("source").GetString());
        var error = occurrence.Error;
        occurrence.Line.ShouldBe(context.Length + 1);
        error.Code.ShouldBe(expected.GetProperty("code").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("code").GetInt32());
        Camel(occurrence.Form).ShouldBe(expected.GetProperty("form").GetString());
        Venue(error.Venue).ShouldBe(expected.GetProperty("venue").GetString());
        if (expected.TryGetProperty("status", out var status))
        {
            error.HttpStatus.ShouldBe(status.GetInt32());
        }

        if (expected.TryGetProperty("message", out var message))
        {
            error.Message.ShouldBe(message.GetString());
        }

        if (expected.TryGetProperty("kind", out var kind))
        {
            error.Kind.ToString().ShouldBe(kind.GetString());
        }

        if (expected.TryGetProperty("venueSource", out var source))
        {
            Camel(occurrence.VenueSource).ShouldBe(source.GetString());
        }

        if (expected.TryGetProperty("timestamp", out var timestamp))
        {
            occurrence.Timestamp.ToString().ShouldBe(timestamp.GetString());
        }

        if (expected.TryGetProperty("intent", out var intent))
        {
            occurrence.Intent.ToString().ShouldBe(intent.GetString());
        }

        if (expected.TryGetProperty("retryAfterMs", out var retryAfter))
        {
            error.Advice.RetryAfter.ShouldBe(TimeSpan.FromMilliseconds(retryAfter.GetInt64()));
        }
    }

    [Theory]
    [MemberData(nameof(NoiseLines))]
    public void NoiseLine_IsNotAnError(string entry)
    {
        var noise = JsonDocument.Parse(entry).RootElement;

        var scan = LogScan.Of(noise.GetProperty("line").GetString()! + "\n");

        scan.Occurrences.ShouldBeEmpty(noise.GetProperty("why").GetString());
    }

    [Fact]
    public void EveryForm_HasARealLine()
    {
        var forms = Entries("real-log-lines.jsonl").Select(e => e.GetProperty("form").GetString()).ToHashSet();

        forms.ShouldBe(Enum.GetValues<LogErrorForm>().Select(Camel), ignoreOrder: true);
    }

    [Fact]
    public void EveryRealLine_NamesItsSource()
    {
        foreach (var entry in Entries("real-log-lines.jsonl"))
        {
            entry.GetProperty("source").GetString().ShouldStartWith("https://github.com/");
        }
    }

    [Fact]
    public void TheWholeCorpus_ScannedAsOneLog_FindsOneOccurrencePerRealLine_AndNoneInTheNoise()
    {
        var real = Entries("real-log-lines.jsonl").ToArray();
        var noise = Entries("noise-lines.jsonl").Select(e => e.GetProperty("line").GetString()!).ToArray();
        var lines = new List<string>(noise);
        var expected = new List<long>();
        foreach (var entry in real)
        {
            if (entry.TryGetProperty("context", out var context))
            {
                lines.AddRange(context.EnumerateArray().Select(l => l.GetString()!));
            }

            lines.Add(entry.GetProperty("line").GetString()!);
            expected.Add(lines.Count);
        }

        var scan = LogScan.OfLines([.. lines]);

        scan.Occurrences.Select(o => o.Line).ShouldBe(expected);
    }

    [Fact]
    public void Rust_TheDebugFormOfBinanceRsAsyncsError_IsAKeyedBody()
    {
        // No real log line was found for the Rust crates; this is the Debug print of binance-rs-async's error
        // (error_chain over BinanceContentError { code, msg, extra }: https://github.com/Igosuki/binance-rs-async/blob/master/src/errors.rs).
        var scan = LogScan.OfLines("Error: Error(BinanceError(BinanceContentError { code: -1013, msg: \"Filter failure: LOT_SIZE\", extra: {} }), State { next_error: None, backtrace: InternalBacktrace { backtrace: None } })");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Form.ShouldBe(LogErrorForm.KeyedBody);
        occurrence.Error.Code.ShouldBe(-1013);
        occurrence.Error.Message.ShouldBe("Filter failure: LOT_SIZE");
    }

    [Fact]
    public void AMessageOnlyLine_OnAVenueWhereOneCodeHasIt_GetsThatCode()
    {
        // Filter failures are -1013's alone, so the message maps to it; the matching engine's texts are shared by
        // -1010, -2010, -2011 and -2038, so "Account has insufficient balance" keeps no code.
        var scan = LogScan.OfLines(
            "2024-05-01 10:00:00 ERROR binance Filter failure: LOT_SIZE",
            "2024-05-01 10:00:01 ERROR binance Account has insufficient balance for requested action.");

        scan.Occurrences[0].Error.Code.ShouldBe(-1013);
        scan.Occurrences[0].Error.Filter.ShouldBe(FilterType.LotSize);
        scan.Occurrences[1].Error.Code.ShouldBeNull();
        scan.Occurrences[1].Error.Kind.ShouldBe(BinanceErrorKind.InsufficientBalance);
    }

    [Fact]
    public void AShortCatalogMessage_FarFromAnyMentionOfBinance_IsNotTakenForOne()
    {
        // "Market is closed." is Binance's text, but also plain English: without Binance nearby it is not an error.
        var lines = new[] { "2024-05-01 10:00:00 INFO Binance connected" }
            .Concat(Enumerable.Range(0, LogContextWindow + 1).Select(i => $"2024-05-01 10:00:{i % 60:00} INFO tick"))
            .Append("2024-05-01 10:01:00 WARN Market is closed.")
            .ToArray();

        LogScan.OfLines(lines).Occurrences.ShouldBeEmpty();
        LogScan.OfLines(lines[0], lines[^1]).Occurrences.ShouldHaveSingleItem().Error.Reason.ShouldBe(MatchingEngineReason.MarketClosed);
    }

    [Fact]
    public void TheVenue_ComesFromAHostOnAnEarlierLine_WithinTheWindow()
    {
        var scan = LogScan.OfLines(
            "2024-05-01 10:00:00 DEBUG POST https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT",
            "2024-05-01 10:00:00 ERROR APIError(code=-2019): Margin is insufficient.");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Error.Venue.ShouldBe(BinanceVenue.UsdMFutures);
        occurrence.VenueSource.ShouldBe(LogVenueSource.Host);
        occurrence.Intent.ShouldBe(RequestIntent.PlaceOrder);
    }

    [Fact]
    public void AGivenVenue_IsUsedForEveryLine()
    {
        var scan = LogScan.Of("binance POST https://api.binance.com/api/v3/order 400 {\"code\":-2021,\"msg\":\"Order would immediately trigger.\"}\n", BinanceVenue.CoinMFutures);

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Error.Venue.ShouldBe(BinanceVenue.CoinMFutures);
        occurrence.VenueSource.ShouldBe(LogVenueSource.Option);
    }

    [Fact]
    public void ATimeWithAnOffset_IsKept_AndRetryAfterIsDatedFromTheLine()
    {
        var scan = LogScan.OfLines("2024-05-01T10:00:00.250+02:00 binance GET https://api.binance.com/api/v3/depth 429 Too Many Requests Retry-After: 30 {\"code\":-1003,\"msg\":\"Too many requests.\"}");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Timestamp.ShouldBe(new LogTimestamp(new DateTime(2024, 5, 1, 10, 0, 0, 250), TimeSpan.FromHours(2)));
        occurrence.Timestamp.ToString().ShouldBe("2024-05-01T10:00:00.250+02:00");
        occurrence.Error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
        occurrence.Error.Advice.Until.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 30, 250, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void WithoutATime_NoEndIsMadeUp_ButAStatedBanEndIsKept()
    {
        var scan = LogScan.OfLines(
            "binance 429 Too Many Requests Retry-After: 30 {\"code\":-1003,\"msg\":\"Too many requests.\"}",
            "ERROR: -1003, Way too many requests; IP banned until 1515486479270.");

        scan.Occurrences[0].Error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
        scan.Occurrences[0].Error.Advice.Until.ShouldBeNull();
        scan.Occurrences[1].Error.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1515486479270));
    }

    [Fact]
    public void ALineWithoutATime_IsDatedByTheLastTimeWrittenBeforeIt()
    {
        var scan = LogScan.OfLines(
            "2024-05-01 10:00:00,000 - bot - ERROR - fetching the order book failed:",
            "Traceback (most recent call last):",
            "ccxt.base.errors.DDoSProtection: binance 429 Too Many Requests Retry-After: 30 {\"code\":-1003,\"msg\":\"Too many requests.\"}");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Timestamp.ShouldBeNull();
        occurrence.Error.Advice.Until.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 30, TimeSpan.Zero));
    }

    private const int LogContextWindow = 30;

    private static IEnumerable<JsonElement> Entries(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Logs", file))
            .Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone());

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static string Venue(BinanceVenue venue) => venue switch
    {
        BinanceVenue.Spot => "spot",
        BinanceVenue.UsdMFutures => "usdm",
        BinanceVenue.CoinMFutures => "coinm",
        _ => "us",
    };
}
