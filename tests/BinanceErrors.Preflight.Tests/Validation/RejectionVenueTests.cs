using BinanceErrors.Preflight.Internal;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// A pre-flight rejection is the error of the venue the order is for: the same code and filter asked for Spot,
/// Binance.US and USDⓈ-M futures (in any order, in one process) gives each venue its own classified error, and the
/// compiled rules of each venue hand their validators that venue's rejections.
/// </summary>
public sealed class RejectionVenueTests
{
    [Fact]
    public void SameRejection_OnEachVenue_IsThatVenuesError()
    {
        foreach (var venue in new[] { BinanceVenue.UsdMFutures, BinanceVenue.Spot, BinanceVenue.BinanceUs })
        {
            var rejections = new Rejections(venue);
            var side = rejections.Code(BinanceErrorCodes.InvalidSide);
            side.Venue.ShouldBe(venue);
            side.Code.ShouldBe(-1117);
            side.Message.ShouldBe("Invalid side.");

            var symbol = rejections.Parameter(BinanceErrorCodes.MandatoryParamEmptyOrMalformed, OrderParameter.Symbol);
            symbol.Venue.ShouldBe(venue);
            symbol.Message.ShouldBe("Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
        }

        foreach (var venue in new[] { BinanceVenue.BinanceUs, BinanceVenue.Spot })
        {
            var filter = new Rejections(venue).Filter(FilterType.PriceFilter);
            filter.Venue.ShouldBe(venue);
            filter.Message.ShouldBe("Filter failure: PRICE_FILTER");
        }
    }

    [Fact]
    public void CompiledRules_OwnTheirVenuesRejections()
    {
        ExchangeRules.Compile(ExchangeFixture.Info, BinanceVenue.BinanceUs).Rejections.Venue.ShouldBe(BinanceVenue.BinanceUs);
        ExchangeRules.Compile(ExchangeFixture.Info).Rejections.Venue.ShouldBe(BinanceVenue.Spot);
        var futures = Preflight.Futures.FuturesExchangeRules.Compile(Tests.Futures.FuturesExchangeFixture.Info).Rejections;
        futures.Venue.ShouldBe(BinanceVenue.UsdMFutures);
        futures.Fixed(UsdMFuturesErrorCodes.InvalidSide).Venue.ShouldBe(BinanceVenue.UsdMFutures);
    }
}
