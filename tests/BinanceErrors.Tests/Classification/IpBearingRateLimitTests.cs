using BinanceErrors.Tests.Fixtures;

namespace BinanceErrors.Tests.Classification;

/// <summary>
/// USDⓈ-M rate-limit texts name the caller's IP where the documented text has none: "current limit of IP(x) is 2400
/// requests per minute" for "current limit is 2400 requests per minute", "IP(x) banned until" for "IP banned until"
/// (and "IP()" when the IP is withheld). The template carries them, and wordings no template covers (a text cut
/// short by whoever posted it) still give the limit, the window and the IP.
/// </summary>
public sealed class IpBearingRateLimitTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 10, 0, 20, TimeSpan.Zero);

    private static BinanceError Classify(BinanceVenue venue, int status, string message) =>
        TestResponse.Classify(venue, status, $$"""{"code":-1003,"msg":"{{message}}"}""", RequestIntent.Read, new ManualTimeProvider(Now));

    [Fact]
    public void TheLimitOfTheCallersIp_MatchesItsTemplate_WithTheIpAndTheLimit()
    {
        // The wording quoted by https://github.com/QuantConnect/Lean.Brokerages.Binance/issues/22 (cut there after "2400").
        var error = Classify(BinanceVenue.UsdMFutures, 429, "Too many requests; current limit of IP(54.150.96.215) is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.");

        error.Template.ShouldNotBeNull();
        error.Template.Form.ShouldBe(MessageForm.Observed);
        error.GetArgument("ip").ShouldBe("54.150.96.215");
        error.GetArgument("limit").ShouldBe("2400");
        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.Advice.Action.ShouldBe(RecoveryAction.RetryAfter);
        error.Advice.RetryAfter.ShouldBe(TimeSpan.FromSeconds(40)); // to the end of the UTC minute
    }

    [Theory]
    [InlineData(BinanceVenue.UsdMFutures, "Too many requests; current limit of IP(XX.XX.XX.XX) is 2400", "XX.XX.XX.XX")] // as posted, cut short
    [InlineData(BinanceVenue.Spot, "Too many requests; current limit of IP(152.207.216.84) is 2400 requests per minute. Please use the websocket for live updates to avoid polling the API.", "152.207.216.84")]
    [InlineData(BinanceVenue.UsdMFutures, "Too many requests; current limit of IP(130.176.187.73) is 6000 requests per minute.", "130.176.187.73")]
    public void AWordingNoTemplateCovers_StillGivesTheLimitAndTheIp(BinanceVenue venue, string message, string ip)
    {
        var error = Classify(venue, 429, message);

        error.Kind.ShouldBe(BinanceErrorKind.RateLimited);
        error.GetArgument("limit").ShouldNotBeNull();
        error.GetArgument("ip").ShouldBe(ip);
    }

    [Fact]
    public void ABanWithTheIpWithheld_MatchesTheIpTemplate()
    {
        // https://github.com/NoFxAiOS/nofx/issues/1389: "IP()" with nothing inside.
        var error = Classify(BinanceVenue.UsdMFutures, 418, "Way too many requests; IP() banned until 1796034000000. Please use the websocket for live updates to avoid bans.");

        error.Template.ShouldNotBeNull();
        error.Kind.ShouldBe(BinanceErrorKind.IpBanned);
        error.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1796034000000));
    }
}
