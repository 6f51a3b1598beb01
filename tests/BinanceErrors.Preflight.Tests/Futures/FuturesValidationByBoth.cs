using System.Globalization;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// Validates a USDⓈ-M order with both implementations, the public scaled-integer <see cref="FuturesOrderValidator"/> and the
/// decimal <see cref="DecimalFuturesOrderValidator"/> it falls back to for values beyond 64-bit scales, asserts they give the
/// same answer (error code and message, rules not checked, symbol, parsed values) and returns the public one. Every documented
/// case and boundary a test states therefore holds for both paths, not only for the one the test's values happen to take.
/// </summary>
internal static class FuturesValidationByBoth
{
    /// <summary>POST /fapi/v1/order (or one batchOrders element) through both validators.</summary>
    public static FuturesOrderValidation Validate(FuturesExchangeRules exchange, FuturesOrderRequest order, FuturesMarketContext context = default)
    {
        var scaled = FuturesOrderValidator.Validate(exchange, order, context);
        var oracle = DecimalFuturesOrderValidator.Validate(exchange, order, context);
        Describe(OracleFuturesOrderValidation.Of(scaled)).ShouldBe(Describe(oracle), $"scaled and decimal validators disagree on {order} with {context}");
        return scaled;
    }

    /// <summary>POST /fapi/v1/algoOrder through both validators.</summary>
    public static FuturesOrderValidation ValidateAlgo(FuturesExchangeRules exchange, FuturesAlgoOrderRequest order, FuturesMarketContext context = default)
    {
        var scaled = FuturesOrderValidator.ValidateAlgo(exchange, order, context);
        var oracle = DecimalFuturesOrderValidator.ValidateAlgo(exchange, order, context);
        Describe(OracleFuturesOrderValidation.Of(scaled)).ShouldBe(Describe(oracle), $"scaled and decimal validators disagree on {order} with {context}");
        return scaled;
    }

    /// <summary>Everything both validators must agree on, as one line (decimals to their scale).</summary>
    internal static string Describe(OracleFuturesOrderValidation v) =>
        $"{v.Error?.Code} {v.Error?.Message} | {v.NotChecked} | {v.Rules?.Symbol} | {v.Order.Side} {v.Order.Type} {v.Order.PositionSide} {v.Order.TimeInForce} "
        + $"q={D(v.Order.Quantity)} p={D(v.Order.Price)} sp={D(v.Order.StopPrice)} ap={D(v.Order.ActivationPrice)} cr={D(v.Order.CallbackRate)} "
        + $"ro={v.Order.ReduceOnly} cp={v.Order.ClosePosition} gtd={v.Order.GoodTillDate}";

    private static string D(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
