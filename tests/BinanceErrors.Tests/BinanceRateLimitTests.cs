namespace BinanceErrors.Tests;

// BinanceRateLimit is the one rate-limit type: exchangeInfo's (type, interval, intervalNum, limit) and the HTTP
// client's (window, limit) describe the same thing and must give the same header suffix.
public sealed class BinanceRateLimitTests
{
    [Theory]
    [InlineData(10, BinanceRateLimitInterval.Second, 10, "10S")]
    [InlineData(60, BinanceRateLimitInterval.Minute, 1, "1M")]
    [InlineData(120, BinanceRateLimitInterval.Minute, 2, "2M")]
    [InlineData(3600, BinanceRateLimitInterval.Hour, 1, "1H")]
    [InlineData(86400, BinanceRateLimitInterval.Day, 1, "1D")]
    [InlineData(90, BinanceRateLimitInterval.Second, 90, "90S")]
    public void WindowConstructor_EqualsTheExchangeInfoForm(int seconds, BinanceRateLimitInterval interval, int number, string suffix)
    {
        var fromWindow = new BinanceRateLimit(BinanceRateLimitType.Orders, TimeSpan.FromSeconds(seconds), 50);

        fromWindow.ShouldBe(new BinanceRateLimit(BinanceRateLimitType.Orders, interval, number, 50));
        fromWindow.Window.ShouldBe(TimeSpan.FromSeconds(seconds));
        fromWindow.HeaderSuffix.ShouldBe(suffix);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1000)]
    [InlineData(1500)]
    public void WindowConstructor_RefusesWindowsThatAreNotWholeSeconds(int milliseconds) =>
        Should.Throw<ArgumentOutOfRangeException>(() => new BinanceRateLimit(BinanceRateLimitType.RequestWeight, TimeSpan.FromMilliseconds(milliseconds), 1))
            .ParamName.ShouldBe("window");
}
