using BinanceErrors.Preflight.Futures;
using BinanceErrors.Preflight.Tests.Futures;

namespace BinanceErrors.Preflight.Tests.CoinM;

/// <summary>
/// Validates a COIN-M order with both implementations, the public <see cref="CoinMOrderValidator"/> and the decimal
/// <see cref="DecimalFuturesOrderValidator"/> (with its COIN-M steps, <see cref="DecimalCoinMSteps"/>), asserts they
/// give the same answer (error code and message, rules not checked, symbol, parsed values) and returns the public one:
/// every COIN-M case a test states holds for both.
/// </summary>
internal static class CoinMValidationByBoth
{
    /// <summary>POST /dapi/v1/order (or one batchOrders element) through both validators.</summary>
    public static FuturesOrderValidation Validate(FuturesExchangeRules exchange, FuturesOrderRequest order, FuturesMarketContext context = default)
    {
        var product = CoinMOrderValidator.Validate(exchange, order, context);
        var oracle = DecimalFuturesOrderValidator.Validate(exchange, order, context);
        FuturesValidationByBoth.Describe(OracleFuturesOrderValidation.Of(product))
            .ShouldBe(FuturesValidationByBoth.Describe(oracle), $"product and decimal oracle disagree on {order} with {context}");
        return product;
    }
}
