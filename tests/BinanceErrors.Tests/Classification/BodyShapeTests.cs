using System.Text;
using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// Odd but possible bodies (proxies, gateways, truncated pages, future fields) and rate-limit texts that match no
/// template: the classifier still finds the code, the message, the ban end and the window, and never throws.
/// </summary>
public sealed class BodyShapeTests
{
    private static BinanceError Classify(int? status, string body, TimeProvider? time = null) =>
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, status, Encoding.UTF8.GetBytes(body), default, RequestIntent.Read, time);

    [Theory]
    // A value of an unexpected shape where the code or a message belongs does not hide the fields after it.
    [InlineData("""{"code":{"v":-1121},"msg":"Invalid symbol."}""", null, "Invalid symbol.")]
    [InlineData("""{"code":[1],"msg":"Invalid symbol."}""", null, "Invalid symbol.")]
    [InlineData("""{"code":["message","Wrong"],"message":"Invalid symbol."}""", null, "Invalid symbol.")]
    [InlineData("""{"message":{"text":"x"},"code":-1121,"msg":"Invalid symbol."}""", -1121, "Invalid symbol.")]
    [InlineData("""{"error":{"code":{"a":1},"msg":"Invalid symbol."}}""", null, "Invalid symbol.")]
    [InlineData("""{"code":"-1121","msg":"Invalid symbol."}""", -1121, "Invalid symbol.")]
    // The first of "message" and error.msg wins; "msg" is Binance's own field and wins over both.
    [InlineData("""{"message":"First","error":{"msg":"Second"}}""", null, "First")]
    [InlineData("""{"error":{"msg":"First"},"message":"Second"}""", null, "First")]
    [InlineData("""{"message":"Second","msg":"First"}""", null, "First")]
    // A UTF-8 byte order mark is not content.
    [InlineData("\uFEFF{\"code\":-1121,\"msg\":\"Invalid symbol.\"}", -1121, "Invalid symbol.")]
    public void Json_OddShapes_StillGiveCodeAndMessage(string body, int? code, string message)
    {
        var error = Classify(400, body);

        error.Code.ShouldBe(code);
        error.Message.ShouldBe(message);
        error.BodyKind.ShouldBe(ResponseBodyKind.Json);
        error.BodyTruncated.ShouldBeFalse();
    }

    [Theory]
    [InlineData("<title>Service Unavailable</title>", "Service Unavailable")]
    [InlineData("<html><head><title>502 Bad Gateway</title", "502 Bad Gateway")]
    [InlineData("<HTML><HEAD><TITLE> Maintenance </TITLE></HEAD></HTML>", "Maintenance")]
    [InlineData("<html><body>no title</body></html>", "HTML page")]
    [InlineData("<html><title>   </title></html>", "HTML page")]
    public void Html_GivesItsTitle(string body, string message)
    {
        var error = Classify(503, body);

        error.BodyKind.ShouldBe(ResponseBodyKind.Html);
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("\u000BInternal error\r\nat line 2", "Internal error")]
    [InlineData("  Bad Gateway  ", "Bad Gateway")]
    public void Text_GivesItsFirstLineTrimmed(string body, string message)
    {
        var error = Classify(502, body);

        error.BodyKind.ShouldBe(ResponseBodyKind.Text);
        error.Message.ShouldBe(message);
    }

    [Theory]
    [InlineData("banned until 4102444800000")]
    [InlineData("Way too many requests; IP banned until: '4102444800000'.")]
    [InlineData("IP(1.2.3.4) banned until \"4102444800\"")]
    public void Ban_InWordingNoTemplateHas_StillGivesTheBanEnd(string message)
    {
        // The clock an hour before 2100-01-01, the stated end: within the three days a ban can last.
        var clock = new Fixtures.ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(4102444800000).AddHours(-1));
        var error = Classify(418, $$"""{"code":-1003,"msg":"{{message.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""", clock);

        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(4102444800000));
        error.Arguments.ShouldContain(a => a.Name == "bannedUntil" && a.Value == "4102444800000");
    }

    [Theory]
    [InlineData("Limit is 10 requests per second.", "10", "second", 0.5)]
    [InlineData("Too many requests; the limit is 1200 per minute; slow down.", "1200", "minute", 29.5)]
    public void Limit_InWordingNoTemplateHas_GivesLimitIntervalAndTheWaitToTheWindowsEnd(string message, string limit, string interval, double seconds)
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 30, 4, 0, 30, 500, TimeSpan.Zero));

        var error = Classify(429, $$"""{"code":-1003,"msg":"{{message}}"}""", time);

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Arguments.Select(a => (a.Name, a.Value)).ShouldBe([("limit", limit), ("interval", interval)]);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Fact]
    public void Limit_AtTheEndOfTheText_HasNoInterval()
    {
        var error = Classify(429, """{"code":-1003,"msg":"Too many requests; current limit is 1200"}""");

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Arguments.Select(a => (a.Name, a.Value)).ShouldBe([("limit", "1200")]);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryWithBackoff);
    }

    [Fact]
    public void Limit_WithoutANumber_IsNoArgument()
    {
        var error = Classify(429, """{"code":-1003,"msg":"Too many requests; the limit is unknown."}""");

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Arguments.ShouldBeEmpty();
    }
}
