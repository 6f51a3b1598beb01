namespace BinanceErrors.Tests;

// "Filter failure: X" texts the venue does not list (a newer filter, an older name, another case) are still filter
// rejections, with the filter named when it is one we know.
public sealed class VenueCatalogFilterFailureTests
{
    [Theory]
    [InlineData("filter failure: max_algo_orders", FilterType.MaxNumAlgoOrders)] // Binance.US's older name, lower case
    [InlineData("Filter failure: Max_Algo_Orders.", FilterType.MaxNumAlgoOrders)]
    [InlineData("FILTER FAILURE: MAX_NUM_ALGO_ORDERS", FilterType.MaxNumAlgoOrders)]
    [InlineData("Filter failure: TRAILING_DELTA_V2", FilterType.Unknown)] // a filter the docs do not have (yet)
    [InlineData("filter failure: percent_price_by_side", FilterType.PercentPriceBySide)] // not in Binance.US's list
    [InlineData("Filter failure: Notional", FilterType.Notional)]
    public void UnlistedFilterFailure_IsAFilterRejection_NamingTheFilterWhenKnown(string message, FilterType filter)
    {
        var error = BinanceErrorClassifier.Classify(BinanceVenue.BinanceUs, 400, $$"""{"code":-1013,"msg":"{{message}}"}""");

        error.Kind.ShouldBe(BinanceErrorKind.FilterRejected);
        error.Filter.ShouldBe(filter);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void ToString_NamesTheVenueAndItsCodeCount()
    {
        var catalog = BinanceErrorCatalog.For(BinanceVenue.Spot);

        catalog.ToString().ShouldBe($"{catalog.Title}: {catalog.Definitions.Count} codes");
        catalog.ToString().ShouldStartWith("Binance Spot");
    }
}
