using System.Net.Http.Headers;

namespace BinanceErrors.Tests;

// The headers the classifier reads, from a real HttpResponseMessage or from name/value pairs (a log line): names match
// case-insensitively, the first value is taken, and Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3).
public sealed class BinanceResponseHeadersTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void FromAnHttpResponse_ReadsRetryAfterSecondsAndDates()
    {
        using var seconds = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        seconds.Headers.Add("X-MBX-USED-WEIGHT-1M", "6001");
        seconds.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(30));
        using var date = new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable);
        date.Headers.RetryAfter = new RetryConditionHeaderValue(Now.AddMinutes(2));

        new BinanceResponseHeaders(seconds.Headers).TryGetRetryAfter(Now, out var afterSeconds).ShouldBeTrue();
        new BinanceResponseHeaders(date.Headers).TryGetRetryAfter(Now, out var afterDate).ShouldBeTrue();
        new BinanceResponseHeaders(seconds.Headers).TryGetValue("x-mbx-used-weight-1m", out var weight).ShouldBeTrue();

        afterSeconds.ShouldBe(TimeSpan.FromSeconds(30));
        afterDate.ShouldBe(TimeSpan.FromMinutes(2));
        weight.ShouldBe("6001");
    }

    [Fact]
    public void NamedPairs_FindTheNamedHeaderAmongOthers_WhateverItsCase()
    {
        var headers = new BinanceResponseHeaders(
        [
            new KeyValuePair<string, string>("Content-Type", "application/json;charset=UTF-8"),
            new KeyValuePair<string, string>("RETRY-AFTER", "12"),
            new KeyValuePair<string, string>("Retry-After", "99"),
        ]);

        headers.TryGetValue("content-type", out var type).ShouldBeTrue();
        type.ShouldBe("application/json;charset=UTF-8");
        headers.TryGetRetryAfter(Now, out var delay).ShouldBeTrue();
        delay.ShouldBe(TimeSpan.FromSeconds(12));
        headers.TryGetValue("X-MBX-ORDER-COUNT-10S", out var missing).ShouldBeFalse();
        missing.ShouldBeNull();
    }

    [Fact]
    public void HeaderCollections_FindTheNamedHeaderAmongOthers_WhateverItsCase()
    {
        var headers = new BinanceResponseHeaders(
        [
            new KeyValuePair<string, IEnumerable<string>>("Content-Type", ["text/html"]),
            new KeyValuePair<string, IEnumerable<string>>("retry-after", ["4"]),
        ]);

        headers.TryGetValue("Content-Type", out var type).ShouldBeTrue();
        type.ShouldBe("text/html");
        headers.TryGetRetryAfter(Now, out var delay).ShouldBeTrue();
        delay.ShouldBe(TimeSpan.FromSeconds(4));
        headers.TryGetValue("Server", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("+5")]
    [InlineData("5.5")]
    [InlineData("Sun, 30 Nov 2026 06:00:00")] // no zone
    [InlineData("2026-11-30T06:02:00Z")] // not the HTTP date format
    public void RetryAfterInAnotherFormat_IsNotRead(string value)
    {
        var headers = new BinanceResponseHeaders([new KeyValuePair<string, string>("Retry-After", value)]);

        headers.TryGetRetryAfter(Now, out var delay).ShouldBeFalse();
        delay.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void NoRetryAfterHeader_IsNoDelay()
    {
        default(BinanceResponseHeaders).TryGetRetryAfter(Now, out var none).ShouldBeFalse();
        new BinanceResponseHeaders([new KeyValuePair<string, string>("Content-Type", "text/html")]).TryGetRetryAfter(Now, out var other).ShouldBeFalse();

        none.ShouldBe(TimeSpan.Zero);
        other.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void RetryAfterDate_OfNow_IsNoWait()
    {
        var headers = new BinanceResponseHeaders([new KeyValuePair<string, string>("Retry-After", "Mon, 30 Nov 2026 06:00:00 GMT")]);

        headers.TryGetRetryAfter(Now, out var delay).ShouldBeTrue();
        delay.ShouldBe(TimeSpan.Zero);
    }
}
