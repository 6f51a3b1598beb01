using BinanceErrors.Preflight.Futures;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.CoinM;

/// <summary>
/// The COIN-M sandbox's pre-flight until the pre-flight package has a COIN-M validator: the futures validator's
/// parameter and filter rules, with COIN-M's refusal of <c>priceMatch</c> (-1130). To be replaced by the package's
/// COIN-M validator (codes -4178, -4113, contract status and delivery) as soon as it lands.
/// </summary>
internal static class CoinMPreflight
{
    private static readonly CatalogMessages Messages = new(BinanceVenue.CoinMFutures);

    /// <summary>Validates one <c>POST /dapi/v1/order</c>.</summary>
    public static FuturesOrderValidation Validate(FuturesExchangeRules rules, in FuturesOrderRequest order, in FuturesMarketContext context)
    {
        if (order.PriceMatch is not null)
        {
            throw Messages.Reject(CoinMFuturesErrorCodes.InvalidParameter, "priceMatch");
        }

        return FuturesOrderValidator.Validate(rules, order, context);
    }
}
