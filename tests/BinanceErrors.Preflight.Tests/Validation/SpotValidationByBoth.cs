using System.Globalization;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// Validates a Spot order with the public <see cref="OrderValidator"/> (scaled integers) and with
/// <see cref="DecimalOrderValidator"/> (the exact-decimal implementation the public one falls back to for values
/// beyond 64-bit scales) and asserts they give the same answer: error code and message, rules not checked, symbol
/// and parsed values. Every documented case and boundary the Spot tests state therefore holds for both paths.
/// </summary>
internal static class SpotValidationByBoth
{
    /// <summary>Validates with both implementations, asserts they agree and returns the public result.</summary>
    public static OrderValidation Validate(ExchangeRules exchange, in OrderRequest order, in MarketContext context = default)
    {
        var scaled = OrderValidator.Validate(exchange, order, context);
        var oracle = DecimalOrderValidator.Validate(exchange, order, context);
        Describe(OracleOrderValidation.Of(scaled)).ShouldBe(Describe(oracle), $"the scaled validator and the decimal oracle disagree on {order}");
        return scaled;
    }

    private static string Describe(OracleOrderValidation v) =>
        $"{v.Error?.Code} {v.Error?.Message} | {v.NotChecked} | {v.Rules?.Symbol} | {v.Order.Side} {v.Order.Type} {v.Order.TimeInForce} "
        + $"q={D(v.Order.Quantity)} qq={D(v.Order.QuoteOrderQty)} p={D(v.Order.Price)} sp={D(v.Order.StopPrice)} td={v.Order.TrailingDelta} iq={D(v.Order.IcebergQty)}";

    private static string D(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
