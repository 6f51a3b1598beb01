using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>POST /fapi/v1/algoOrder: each case breaks one rule of a valid conditional order.</summary>
public sealed class FuturesAlgoOrderValidatorTests
{
    private static readonly FuturesAlgoOrderRequest Valid = FuturesExchangeFixture.ValidAlgo;
    private static readonly FuturesMarketContext Full = FuturesExchangeFixture.FullContext;

    private static readonly FuturesAlgoOrderRequest StopLimit = Valid with { Type = "STOP", Price = "57990.00", TimeInForce = "GTC" };
    private static readonly FuturesAlgoOrderRequest Trailing = Valid with { Type = "TRAILING_STOP_MARKET", TriggerPrice = null, CallbackRate = "1.5", ActivatePrice = "61000" };

    public static TheoryData<string, FuturesAlgoOrderRequest, FuturesMarketContext, int, string> Cases() => new()
    {
        { "algoType missing", Valid with { AlgoType = null }, Full, -1102, "Mandatory parameter 'algoType' was not sent, was empty/null, or malformed." },
        { "algoType not CONDITIONAL", Valid with { AlgoType = "TWAP" }, Full, -1130, "Data sent for parameter 'algoType' is not valid." },
        { "LIMIT on the algo endpoint", Valid with { Type = "LIMIT", TriggerPrice = null, Price = "60000", TimeInForce = "GTC" }, Full, -1116, "Invalid orderType." },
        { "triggerPrice missing", Valid with { TriggerPrice = null }, Full, -1102, "Mandatory parameter 'triggerPrice' was not sent, was empty/null, or malformed." },
        { "STOP without price", StopLimit with { Price = null }, Full, -1102, "Mandatory parameter 'price' was not sent, was empty/null, or malformed." },
        { "STOP_MARKET without quantity", Valid with { Quantity = null }, Full, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed." },
        { "TRAILING without callbackRate", Trailing with { CallbackRate = null }, Full, -1102, "Mandatory parameter 'callbackRate' was not sent, was empty/null, or malformed." },
        { "callbackRate above 20 (the maximum since 2026-10-23)", Trailing with { CallbackRate = "20.01" }, Full, -1130, "Data sent for parameter 'callbackRate' is not valid." },
        { "callbackRate below 0.1", Trailing with { CallbackRate = "0.05" }, Full, -1130, "Data sent for parameter 'callbackRate' is not valid." },
        { "triggerPrice on TRAILING", Trailing with { TriggerPrice = "58000" }, Full, -1106, "Parameter 'triggerPrice' sent when not required." },
        { "activatePrice on STOP_MARKET", Valid with { ActivatePrice = "58000" }, Full, -1106, "Parameter 'activatePrice' sent when not required." },
        { "closePosition with quantity", Valid with { ClosePosition = "true" }, Full, -4137, "Quantity must be zero with closePosition equals true" },
        { "closePosition with reduceOnly", Valid with { ClosePosition = "true", Quantity = null, ReduceOnly = "true" }, Full, -1106, "Parameter 'reduceOnly' sent when not required." },
        { "closePosition not a boolean", Valid with { ClosePosition = "1", Quantity = null }, Full, -1130, "Data sent for parameter 'closePosition' is not valid." },
        { "clientAlgoId empty", Valid with { ClientAlgoId = "" }, Full, -1105, "Parameter 'clientAlgoId' was empty." },
        { "clientAlgoId too long", Valid with { ClientAlgoId = new string('x', 37) }, Full, -4015, "Client order id length should not be more than 36 chars" },
        { "triggerPrice precision", Valid with { TriggerPrice = "58000.001" }, Full, -1111, "Precision is over the maximum defined for this asset." },
        { "triggerPrice off tick", Valid with { TriggerPrice = "58000.05" }, Full, -4014, "Price not increased by tick size." },
        { "triggerPrice above maxPrice", Valid with { TriggerPrice = "900000" }, Full, -4007, "Stop price greater than max price." },
        { "triggerPrice below minPrice", Valid with { TriggerPrice = "100" }, Full, -4013, "Price less than min price." },
        { "LONG in One-way Mode", Valid with { PositionSide = "LONG" }, Full, -4061, "Order's position side does not match user's setting." },
        { "reduceOnly in Hedge Mode", Valid with { PositionSide = "LONG", ReduceOnly = "true" }, Full with { DualSidePosition = true }, -1106, "Parameter 'reduceOnly' sent when not required." },
        { "notional at trigger below 100", Valid with { Quantity = "0.001" }, Full, -4164, "Order's notional must be no smaller than 100 (unless you choose reduce only)" },
        { "STOP notional at price below 100", StopLimit with { Quantity = "0.001" }, Full, -4164, "Order's notional must be no smaller than 100 (unless you choose reduce only)" },
        { "200 open conditional orders across all symbols", Valid, Full with { AccountOpenAlgoOrders = 200 }, -4045, "Reach max stop order limit." },
        { "200 open orders (algo counted)", Valid, Full with { OpenOrders = 200, OpenAlgoOrders = 3 }, -2025, "Reach max open order limit." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OneBrokenRule_GivesTheExchangesCodeAndMessage(string rule, FuturesAlgoOrderRequest order, FuturesMarketContext context, int code, string message)
    {
        var result = FuturesValidationByBoth.ValidateAlgo(FuturesExchangeFixture.RulesWithoutAlgoFilter, order, context);

        result.IsValid.ShouldBeFalse(rule);
        (result.Code, result.Message).ShouldBe((code, message), rule);
    }

    [Fact]
    public void ValidConditionalOrders_Pass()
    {
        var rules = FuturesExchangeFixture.Rules;
        FuturesValidationByBoth.ValidateAlgo(rules, Valid, Full).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.ValidateAlgo(rules, StopLimit, Full).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.ValidateAlgo(rules, Trailing, Full).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.ValidateAlgo(rules, Valid with { Quantity = null, ClosePosition = "true", TimeInForce = "GTE_GTC" }, Full).IsValid.ShouldBeTrue();

        // Reduce-only closes of a small leftover are exempt from MIN_NOTIONAL here too.
        FuturesValidationByBoth.ValidateAlgo(rules, Valid with { Quantity = "0.001", ReduceOnly = "true" }, Full).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void FromParameters_ReadsTheAlgoEndpointsNames()
    {
        var order = FuturesAlgoOrderRequest.FromParameters([
            new("algoType", "CONDITIONAL"), new("symbol", "BTCUSDT"), new("side", "SELL"), new("type", "STOP_MARKET"),
            new("triggerPrice", "58000"), new("quantity", "0.002"), new("clientAlgoId", "sl-1"), new("activatePrice", "1"), new("workingType", "MARK_PRICE"),
        ]);

        order.ShouldBe(new FuturesAlgoOrderRequest
        {
            AlgoType = "CONDITIONAL", Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_MARKET", TriggerPrice = "58000", Quantity = "0.002",
            ClientAlgoId = "sl-1", ActivatePrice = "1", WorkingType = "MARK_PRICE",
        });
    }
}
