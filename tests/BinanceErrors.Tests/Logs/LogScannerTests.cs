using System.Text;
using BinanceErrors.Logs;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// The scanner's decisions around the parser: which codes it takes, which status lines it reports, where a line's
/// venue comes from, how far back Binance and a time are looked for, and its contract (the summary, progress, null input).
/// </summary>
public sealed class LogScannerTests
{
    [Theory]
    // A code no catalog lists is taken in a {"code":…,"msg":…} body or python-binance's APIError, in Binance's range only.
    [InlineData("binance {\"code\":-29999,\"msg\":\"Something new.\"}", -29999)]
    [InlineData("APIError(code=-9999): Something new.", -9999)]
    [InlineData("binance {\"code\":-30000,\"msg\":\"Something new.\"}", null)]
    [InlineData("binance {\"code\":-29999,\"message\":\"Something new.\"}", null)]
    [InlineData("binance ERROR: -9999 Something new.", null)]
    [InlineData("binance {\"jsonrpc\":\"2.0\",\"error\":{\"code\":-32601,\"msg\":\"Method not found\"}}", null)]
    // Known codes are taken in any form.
    [InlineData("binance ERROR: -1013 Something new.", -1013)]
    public void UnknownCodes_AreTakenOnlyInBinancesOwnForms(string line, int? code)
    {
        var scan = LogScan.OfLines(line);

        if (code is null)
        {
            scan.Occurrences.ShouldBeEmpty();
        }
        else
        {
            scan.Occurrences.ShouldHaveSingleItem().Error.Code.ShouldBe(code);
        }
    }

    [Theory]
    [InlineData("binance GET https://api.binance.com/api/v3/account 403 Forbidden", 403)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 418 I'm a teapot", 418)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 429 Too Many Requests", 429)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 451", 451)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 500 Internal Server Error", 500)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 504", 504)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 400 Bad Request", null)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 401 Unauthorized", null)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 404", null)]
    [InlineData("binance GET https://api.binance.com/api/v3/depth 499", null)]
    [InlineData("GET https://example.org/depth 503 Service Unavailable", null)]
    public void AStatusAlone_IsReported_For403_418_429_451_And5XX_OnBinanceLines(string line, int? status)
    {
        var scan = LogScan.OfLines(line);

        if (status is null)
        {
            scan.Occurrences.ShouldBeEmpty();
            return;
        }

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        (occurrence.Form, occurrence.Error.HttpStatus, occurrence.Error.Code).ShouldBe((LogErrorForm.HttpStatus, status, (int?)null));
        (occurrence.Error.Venue, occurrence.VenueSource).ShouldBe((BinanceVenue.Spot, LogVenueSource.Host));
    }

    [Fact]
    public void AStatusAlone_KeepsItsRetryAfter()
    {
        var occurrence = LogScan.OfLines("2024-03-01 10:00:00 binance GET https://api.binance.com/api/v3/depth 429 Too Many Requests Retry-After: 30").Occurrences.ShouldHaveSingleItem();

        occurrence.Error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(30));
        occurrence.Error.Advice.Until.ShouldBe(new DateTimeOffset(2024, 3, 1, 10, 0, 30, TimeSpan.Zero));
    }

    [Theory]
    [InlineData("binance status=302 {\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}", null)]
    [InlineData("binance status=400 {\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}", 400)]
    [InlineData("binance 400 Client Error {\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}", 400)]
    public void ACodesStatus_IsTakenFromTheLine_When4XXOr5XX(string line, int? status)
    {
        LogScan.OfLines(line).Occurrences.ShouldHaveSingleItem().Error.HttpStatus.ShouldBe(status);
    }

    [Fact]
    public void AMessageOnAnotherVenue_OverridesAnEarlierLinesVenue()
    {
        // A bot trading Spot and futures: PERCENT_PRICE_BY_SIDE is a Spot filter, whatever the request line before said.
        var scan = LogScan.OfLines(
            "2024-05-01 10:00:00 DEBUG POST https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT",
            "2024-05-01 10:00:00 ERROR APIError(code=-1013): Filter failure: PERCENT_PRICE_BY_SIDE");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        (occurrence.Error.Venue, occurrence.VenueSource).ShouldBe((BinanceVenue.Spot, LogVenueSource.Catalog));
        occurrence.Error.Filter.ShouldBe(FilterType.PercentPriceBySide);
    }

    [Fact]
    public void TheRestOfTheLine_IsCutByAnotherVenuesMessage_WhenTheEarlierVenueHasNone()
    {
        // The futures request line comes first, so USDⓈ-M's messages are tried first; Spot's filter text is tried after them.
        var scan = LogScan.OfLines(
            "2024-05-01 10:00:00 DEBUG POST https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT",
            "2024-05-01 10:00:00 ERROR {'error': 'ERROR: -1013, Filter failure: PERCENT_PRICE_BY_SIDE', 'symbol': 'BTCUSDT'}");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Error.Message.ShouldBe("Filter failure: PERCENT_PRICE_BY_SIDE");
        (occurrence.Error.Venue, occurrence.VenueSource).ShouldBe((BinanceVenue.Spot, LogVenueSource.Catalog));
    }

    [Theory]
    // A message no venue has, or none at all: the earlier line's venue holds.
    [InlineData("2024-05-01 10:00:00 ERROR APIError(code=-1013): Something unusual.")]
    [InlineData("2024-05-01 10:00:00 ERROR binance {\"code\":-1013,\"msg\":\"\"}")]
    public void AnEarlierLinesVenue_Holds_WhenTheMessageSaysNothingElse(string line)
    {
        var scan = LogScan.OfLines("2024-05-01 10:00:00 DEBUG POST https://fapi.binance.com/fapi/v1/order?symbol=BTCUSDT", line);

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        (occurrence.Error.Venue, occurrence.VenueSource).ShouldBe((BinanceVenue.UsdMFutures, LogVenueSource.Host));
    }

    [Fact]
    public void ALinesOwnHost_DecidesItsVenue()
    {
        // -2021 is a cancel-replace result on Spot and "Order would immediately trigger." on futures; the line's own host is Spot.
        var scan = LogScan.OfLines("binance POST https://api.binance.com/api/v3/order 400 {\"code\":-2021,\"msg\":\"Order would immediately trigger.\"}");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        (occurrence.Error.Venue, occurrence.VenueSource).ShouldBe((BinanceVenue.Spot, LogVenueSource.Host));
    }

    [Theory]
    [InlineData("APIError(code=-1013): Filter failure: LOT_SIZE", BinanceVenue.Spot, LogVenueSource.Default)]
    [InlineData("APIError(code=-2021): Order would immediately trigger.", BinanceVenue.UsdMFutures, LogVenueSource.Catalog)]
    [InlineData("APIError(code=-4164): Something unusual.", BinanceVenue.UsdMFutures, LogVenueSource.Catalog)]
    [InlineData("APIError(code=-1013): Something unusual.", BinanceVenue.Spot, LogVenueSource.Default)]
    public void WithoutEvidence_TheVenueIsSpot_UnlessOnlyFuturesHaveTheCodeOrItsMessage(string line, BinanceVenue venue, LogVenueSource source)
    {
        var occurrence = LogScan.OfLines(line).Occurrences.ShouldHaveSingleItem();

        (occurrence.Error.Venue, occurrence.VenueSource).ShouldBe((venue, source));
    }

    [Fact]
    public void AMessageAlone_TakesTheVenueFromTheOptionTheContextSpotOrTheCatalog()
    {
        const string SpotMessage = "binance Account has insufficient balance for requested action.";
        const string FuturesMessage = "binance The current order parameter combination is not supported.";

        var option = LogScan.Of(SpotMessage + "\n", BinanceVenue.CoinMFutures).Occurrences.ShouldHaveSingleItem();
        (option.Error.Venue, option.VenueSource).ShouldBe((BinanceVenue.CoinMFutures, LogVenueSource.Option));

        var context = LogScan.OfLines("GET https://dapi.binance.com/dapi/v1/account", SpotMessage).Occurrences.ShouldHaveSingleItem();
        (context.Error.Venue, context.VenueSource).ShouldBe((BinanceVenue.CoinMFutures, LogVenueSource.Host));

        var spot = LogScan.OfLines(SpotMessage).Occurrences.ShouldHaveSingleItem();
        (spot.Error.Venue, spot.VenueSource).ShouldBe((BinanceVenue.Spot, LogVenueSource.Default));

        var futures = LogScan.OfLines(FuturesMessage).Occurrences.ShouldHaveSingleItem();
        (futures.Form, futures.Error.Venue, futures.VenueSource, futures.Error.Code).ShouldBe((LogErrorForm.MessageOnly, BinanceVenue.UsdMFutures, LogVenueSource.Catalog, (int?)-1014));
    }

    [Fact]
    public void AMessageAlone_KeepsTheLinesStatusAndRetryAfter()
    {
        var occurrence = LogScan.OfLines("binance 400 Client Error: Account has insufficient balance for requested action.").Occurrences.ShouldHaveSingleItem();
        var limited = LogScan.OfLines("binance 429 Too Many Requests: Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API. Retry-After: 5").Occurrences.ShouldHaveSingleItem();

        (occurrence.Form, occurrence.Error.HttpStatus).ShouldBe((LogErrorForm.MessageOnly, (int?)400));
        occurrence.Error.Message.ShouldBe("Account has insufficient balance for requested action.");
        (limited.Form, limited.Error.HttpStatus, limited.Error.Kind).ShouldBe((LogErrorForm.MessageOnly, (int?)429, BinanceErrorKind.RateLimited));
        limited.Error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(5));
    }

    [Theory]
    // "Filter failure: LOT_SIZE" is 24 characters: Binance's own wording even with no mention of Binance.
    [InlineData("2024-05-01 10:00:00 WARN Filter failure: LOT_SIZE", true)]
    [InlineData("2024-05-01 10:00:00 WARN Order does not exist.", false)]
    public void ALongCatalogMessage_IsBinancesEvenWithoutMentioningIt(string line, bool found)
    {
        LogScan.OfLines(line).Occurrences.Count.ShouldBe(found ? 1 : 0);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void AShortMessage_IsBinancesForThirtyLinesAfterItIsNamed(int linesBetween, bool found)
    {
        var lines = new[] { "2024-05-01 10:00:00 INFO binance connected" }
            .Concat(Enumerable.Range(0, linesBetween).Select(i => "2024-05-01 10:00:00 INFO tick"))
            .Append("2024-05-01 10:01:00 WARN Order does not exist.")
            .ToArray();

        LogScan.OfLines(lines).Occurrences.Count.ShouldBe(found ? 1 : 0);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(30, false)]
    public void ALinesTime_IsLookedForInItsFirst48Characters_ToDateTheLinesAfterIt(int indent, bool dated)
    {
        var scan = LogScan.OfLines(
            new string('.', indent) + "2024-05-01 10:00:00 fetching the order book failed:",
            "ccxt.base.errors.DDoSProtection: binance 429 Too Many Requests Retry-After: 30 {\"code\":-1003,\"msg\":\"Too many requests.\"}");

        scan.Occurrences.ShouldHaveSingleItem().Error.Advice.Until.ShouldBe(dated ? new DateTimeOffset(2024, 5, 1, 10, 0, 30, TimeSpan.Zero) : null);
    }

    [Theory]
    // Without a time on or before the line, only a ban end the message states is kept, and only one a date can hold.
    [InlineData("1515486479270", 1515486479270L)]
    [InlineData("253402300799999", 253402300799999L)]
    [InlineData("253402300800000", null)]
    [InlineData("0", null)]
    public void WithoutATime_AStatedBanEnd_IsKeptWhenItIsADate(string until, long? expected)
    {
        var occurrence = LogScan.OfLines($"ERROR: -1003, Way too many requests; IP banned until {until}.").Occurrences.ShouldHaveSingleItem();

        occurrence.Error.Code.ShouldBe(-1003);
        var stated = expected is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : (DateTimeOffset?)null;
        (occurrence.Error.BannedUntil, occurrence.Error.Advice.Until).ShouldBe((stated, stated));
        if (stated is not null)
        {
            // A wait counted from no time at all means nothing: the stated end is the advice.
            occurrence.Error.Advice.RetryAfter.ShouldBeNull();
        }
    }

    [Fact]
    public void ALinesOwnTime_DatesItsError_EvenPastTheLeadingTimeSearch()
    {
        // A logger that writes the thread and class first puts the time past the first 48 characters: it does not date
        // the lines after it, but it is still this line's own time, before its error.
        var scan = LogScan.OfLines(
            "2024-03-01 09:00:00 INFO start",
            "[pool-3-thread-12] c.e.bot.market.OrderBookPoller 2024-03-01 10:00:00 binance GET https://api.binance.com/api/v3/depth 418 I'm a teapot Retry-After: 120");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Timestamp?.ToString().ShouldBe("2024-03-01T10:00:00.000");
        (occurrence.Error.BannedUntil, occurrence.Error.Advice.Until).ShouldBe((new DateTimeOffset(2024, 3, 1, 10, 2, 0, TimeSpan.Zero), new DateTimeOffset(2024, 3, 1, 10, 2, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void AnEmptyLine_IsALineOfItsOwn()
    {
        var scan = LogScan.OfLines("", "APIError(code=-1013): Filter failure: LOT_SIZE", "", "");

        scan.Occurrences.Select(o => (o.Line, o.Error.Code)).ShouldBe([(2L, (int?)-1013)]);
        scan.Summary.Lines.ShouldBe(4);
    }

    [Fact]
    public void WindowsLineEnds_AreNotPartOfTheLine()
    {
        // Binance.Net on Windows writes CRLF: the request path at the end of its line is still /api/v3/order.
        var log = "2024-03-01 10:00:00 DEBUG POST https://api.binance.com/api/v3/order\r\n"
            + "2024-03-01 10:00:10 ERROR binance 503 Service Unavailable {\"code\":-1007,\"msg\":\"Timeout waiting for response from backend server. Send status unknown; execution status unknown.\"}\r\n";

        var occurrence = LogScan.Of(log).Occurrences.ShouldHaveSingleItem();

        occurrence.Intent.ShouldBe(RequestIntent.PlaceOrder);
        occurrence.Error.Advice.Action.ShouldBe(RecoveryAction.Reconcile);
    }

    [Fact]
    public void AStatusAlone_HasNoMessage_AndAWholeBody()
    {
        var occurrence = LogScan.OfLines("2024-03-01 10:00:00 binance GET https://api.binance.com/api/v3/depth 503 Service Unavailable").Occurrences.ShouldHaveSingleItem();

        (occurrence.Form, occurrence.Error.HttpStatus, occurrence.Error.Message).ShouldBe((LogErrorForm.HttpStatus, (int?)503, string.Empty));
        occurrence.Error.BodyTruncated.ShouldBeFalse();
    }

    [Fact]
    public void AnExactMessage_IsKeptWhole_EvenWhenItStartsWithAnotherCatalogText()
    {
        // The msg of a JSON body is the message as sent: not cut to the Spot text it starts with.
        const string Sent = "Invalid API-key, IP, or permissions for action, request ip: 203.0.113.7";

        var occurrence = LogScan.OfLines("binance {\"code\":-2015,\"msg\":\"" + Sent + "\"}").Occurrences.ShouldHaveSingleItem();

        (occurrence.Error.Venue, occurrence.Error.Code, occurrence.Error.Message).ShouldBe((BinanceVenue.Spot, (int?)-2015, Sent));
        occurrence.Error.BodyTruncated.ShouldBeFalse();
    }

    [Fact]
    public void AConsumerThatStopsEarly_OnADamagedLog_StillLearnsWhereItIsDamaged()
    {
        var scanner = new BinanceLogScanner();
        byte[] bytes = [.. "APIError(code=-1013): Filter failure: LOT_SIZE\nAPIError(code=-2010): Account has insufficient balance for requested action.\n"u8, 0xE9, .. "\n"u8];

        scanner.Scan(new MemoryStream(bytes)).First().Error.Code.ShouldBe(-1013);

        scanner.Summary.Stopped.ShouldNotBeNull().Reason.ShouldBe(LogStopReason.NotUtf8);
    }

    [Fact]
    public void AScanCancelledBeforeItStarts_ReportsNoBytesRead()
    {
        var scanner = new BinanceLogScanner();
        scanner.Scan(new MemoryStream("ok\nok\n"u8.ToArray())).ToList();
        scanner.BytesRead.ShouldBe(6);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Should.Throw<OperationCanceledException>(() => scanner.Scan(new MemoryStream("ok\n"u8.ToArray()), cancel.Token).ToList());

        scanner.BytesRead.ShouldBe(0);
        scanner.Summary.Stopped.ShouldNotBeNull().Reason.ShouldBe(LogStopReason.Cancelled);
    }

    [Fact]
    public void ALinesTime_IsBeforeItsError_NotInIt()
    {
        var occurrence = LogScan.OfLines("APIError(code=-1013): Filter failure: LOT_SIZE 2024-05-01 10:00:00").Occurrences.ShouldHaveSingleItem();

        occurrence.Timestamp.ShouldBeNull();
    }

    [Fact]
    public void ALineWithoutATime_UsesTheLastTime_ButTheOccurrenceHasNone()
    {
        var scan = LogScan.OfLines(
            "2024-05-01 10:00:00 INFO start",
            "2024-05-01 10:00:05 INFO still",
            "binance 429 Too Many Requests Retry-After: 30 {\"code\":-1003,\"msg\":\"Too many requests.\"}");

        var occurrence = scan.Occurrences.ShouldHaveSingleItem();
        occurrence.Timestamp.ShouldBeNull();
        occurrence.Error.Advice.Until.ShouldBe(new DateTimeOffset(2024, 5, 1, 10, 0, 35, TimeSpan.Zero));
    }

    [Theory]
    // A bare number with no error word before it is a code only if its message follows.
    [InlineData("moved -1013 points", 0)]
    [InlineData("moved -1013 Filter failure: LOT_SIZE", 1)]
    public void ABareNumber_IsACode_WhenItsMessageFollows(string line, int count)
    {
        LogScan.OfLines(line).Occurrences.Count.ShouldBe(count);
    }

    [Fact]
    public void TheRestOfTheLine_IsCutToTheCatalogMessage()
    {
        var occurrence = LogScan.OfLines("binance order failed {'error': 'ERROR: -1013, Filter failure: LOT_SIZE', 'symbol': 'BTCUSDT'}").Occurrences.ShouldHaveSingleItem();

        occurrence.Error.Message.ShouldBe("Filter failure: LOT_SIZE");
        occurrence.Error.Filter.ShouldBe(FilterType.LotSize);
    }

    [Fact]
    public void AnotherExchangesLine_IsSkipped_EvenWithABinanceCode()
    {
        LogScan.OfLines("bybit error: APIError(code=-1013): Filter failure: LOT_SIZE").Occurrences.ShouldBeEmpty();
    }

    [Fact]
    public void TheScanner_ReportsBytesRead_AndStartsEmpty()
    {
        var scanner = new BinanceLogScanner();
        scanner.Summary.ShouldBe(new LogScanSummary());
        scanner.BytesRead.ShouldBe(0);
        var bytes = Encoding.UTF8.GetBytes("ok\nAPIError(code=-1013): Filter failure: LOT_SIZE\n");

        scanner.Scan(new MemoryStream(bytes)).ToList().ShouldHaveSingleItem();

        scanner.BytesRead.ShouldBe(bytes.Length);
        scanner.Summary.Bytes.ShouldBe(bytes.Length);
        scanner.Summary.Stopped.ShouldBeNull();

        // A second scan starts over.
        scanner.Scan(new MemoryStream("ok\n"u8.ToArray())).ToList().ShouldBeEmpty();
        (scanner.BytesRead, scanner.Summary.Occurrences, scanner.Summary.Lines).ShouldBe((3L, 0L, 1L));
    }

    [Fact]
    public void ACancelledScan_SaysWhereItStopped()
    {
        using var cancel = new CancellationTokenSource();
        var scanner = new BinanceLogScanner();
        var text = string.Concat(Enumerable.Repeat("APIError(code=-1013): Filter failure: LOT_SIZE\n", 20_000));

        using var enumerator = scanner.Scan(new MemoryStream(Encoding.UTF8.GetBytes(text)), cancel.Token).GetEnumerator();
        enumerator.MoveNext().ShouldBeTrue();
        cancel.Cancel();
        Should.Throw<OperationCanceledException>(() =>
        {
            while (enumerator.MoveNext())
            {
            }
        });

        var stop = scanner.Summary.Stopped.ShouldNotBeNull();
        stop.Reason.ShouldBe(LogStopReason.Cancelled);
        stop.Line.ShouldBe(scanner.Summary.Lines + 1);
        stop.ByteOffset.ShouldBe(scanner.Summary.Bytes);
        stop.Description.ShouldBe($"Stopped at line {stop.Line} (byte {stop.ByteOffset}): the scan was cancelled. The summary covers the lines before it.");
        scanner.Summary.Lines.ShouldBeLessThan(20_000);
    }

    [Fact]
    public void ANullLog_IsRefusedAtOnce()
    {
        Should.Throw<ArgumentNullException>(() => new BinanceLogScanner().Scan(null!)).ParamName.ShouldBe("log");
    }
}
