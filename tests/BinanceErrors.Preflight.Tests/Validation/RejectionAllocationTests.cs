using BinanceErrors.Preflight.Futures;
using BinanceErrors.Preflight.Tests.CoinM;
using BinanceErrors.Preflight.Tests.Futures;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// A rejection is built once per compiled rules and then shared: after the first time, validating a rejected order
/// allocates nothing (the same for valid orders), and the error is the very object returned the first time. The
/// rejections live with the rules they were compiled with, not in process-wide state: rules compiled again own
/// their own, whose errors are equal in every value.
/// </summary>
public sealed class RejectionAllocationTests
{
    private const int Warmup = 200;
    private const int Measured = 1_000;

    public static TheoryData<string, OrderRequest> SpotRejected() => new()
    {
        { "-1102 parameter", ExchangeFixture.ValidLimit with { Symbol = null } },
        { "-1100 illegal characters", ExchangeFixture.ValidLimit with { Quantity = "abc" } },
        { "-1121 code", ExchangeFixture.ValidLimit with { Symbol = "XYZUSDT" } },
        { "-2010 matching engine", ExchangeFixture.ValidLimit with { Symbol = "LUNAUSDT", Price = "1.0000", Quantity = "10" } },
        { "-1013 filter on the scaled path", ExchangeFixture.ValidLimit with { Price = "30000.015" } },
        { "valid", ExchangeFixture.ValidLimit },
    };

    public static TheoryData<string, FuturesOrderRequest> FuturesRejected() => new()
    {
        { "-1102 mandatory", FuturesExchangeFixture.ValidLimit with { Symbol = null } },
        { "-1105 empty", FuturesExchangeFixture.ValidLimit with { TimeInForce = "" } },
        { "-1100 illegal characters", FuturesExchangeFixture.ValidLimit with { Quantity = "abc" } },
        { "-4014 filter", FuturesExchangeFixture.ValidLimit with { Price = "60000.15" } },
        { "-4164 the symbol's notional", FuturesExchangeFixture.ValidLimit with { Quantity = "0.001" } },
        { "valid", FuturesExchangeFixture.ValidLimit },
    };

    [Theory]
    [MemberData(nameof(SpotRejected))]
    public void SpotOrder_AfterTheFirstRejection_AllocatesNothing(string name, OrderRequest order)
    {
        var rules = ExchangeRules.Compile(ExchangeFixture.Info);
        var context = ExchangeFixture.FullContext;
        SteadyStateAllocatesNothing(name, () => OrderValidator.Validate(rules, order, context).Error);
    }

    [Theory]
    [MemberData(nameof(FuturesRejected))]
    public void FuturesOrder_AfterTheFirstRejection_AllocatesNothing(string name, FuturesOrderRequest order)
    {
        var rules = FuturesExchangeRules.Compile(FuturesExchangeFixture.Info);
        var context = FuturesExchangeFixture.FullContext;
        SteadyStateAllocatesNothing(name, () => FuturesOrderValidator.Validate(rules, order, context).Error);
    }

    public static TheoryData<string, FuturesOrderRequest> CoinMRejected() => new()
    {
        { "-4013 filter", CoinMExchangeFixture.ValidLimit with { Price = "999.9" } },
        { "-2021 trigger", CoinMExchangeFixture.ValidLimit with { Type = "STOP_MARKET", TimeInForce = null, Price = null, StopPrice = "59000" } },
        { "-1121 not trading", CoinMExchangeFixture.ValidLimit with { Symbol = "ETHUSD_270625" } },
        { "valid", CoinMExchangeFixture.ValidLimit },
    };

    [Theory]
    [MemberData(nameof(CoinMRejected))]
    public void CoinMOrder_AfterTheFirstRejection_AllocatesNothing(string name, FuturesOrderRequest order)
    {
        var rules = FuturesExchangeRules.Compile(CoinMExchangeFixture.Info);
        var context = CoinMExchangeFixture.FullContext;
        SteadyStateAllocatesNothing(name, () => CoinMOrderValidator.Validate(rules, order, context).Error);
    }

    [Fact]
    public void OcoRejection_AfterTheFirst_AllocatesNothing()
    {
        var rules = ExchangeRules.Compile(ExchangeFixture.Info);
        var oco = new OcoRequest { Symbol = "BTCUSDT", Side = "SELL", Quantity = "0.001", AboveType = "LIMIT", AbovePrice = "32000", BelowType = "STOP_LOSS", BelowStopPrice = "28000" };
        var error = SteadyStateAllocatesNothing("OCO -1158", () => OcoValidator.Validate(rules, oco, ExchangeFixture.FullContext).Error);
        error.ShouldNotBeNull().Code.ShouldBe(-1158);
    }

    /// <summary>
    /// Validates once (building what the first rejection builds), warms up, then requires the measured calls to
    /// allocate nothing and to return the very error of the first call. The delegate is created before measuring.
    /// </summary>
    private static BinanceError? SteadyStateAllocatesNothing(string name, Func<BinanceError?> validate)
    {
        var first = validate();
        for (var i = 0; i < Warmup; i++)
        {
            validate();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        BinanceError? last = null;
        for (var i = 0; i < Measured; i++)
        {
            last = validate();
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0, name);
        last.ShouldBeSameAs(first, name);
        return first;
    }

    [Fact]
    public void RulesCompiledAgain_BuildTheirOwnRejections_EqualInEveryValue()
    {
        var order = ExchangeFixture.ValidLimit with { Price = "30000.015" };
        var rules = ExchangeRules.Compile(ExchangeFixture.Info);
        var again = ExchangeRules.Compile(ExchangeFixture.Info);
        again.Rejections.ShouldNotBeSameAs(rules.Rejections);
        var one = OrderValidator.Validate(rules, order).Error.ShouldNotBeNull();
        var other = OrderValidator.Validate(again, order).Error.ShouldNotBeNull();
        other.ShouldBe(one);
        one.Message.ShouldBe("Filter failure: PRICE_FILTER");

        var futuresOrder = FuturesExchangeFixture.ValidLimit with { Side = "HOLD" };
        var futuresRules = FuturesExchangeRules.Compile(FuturesExchangeFixture.Info);
        var futuresAgain = FuturesExchangeRules.Compile(FuturesExchangeFixture.Info);
        futuresAgain.Rejections.ShouldNotBeSameAs(futuresRules.Rejections);
        var futuresOne = FuturesOrderValidator.Validate(futuresRules, futuresOrder).Error.ShouldNotBeNull();
        var futuresOther = FuturesOrderValidator.Validate(futuresAgain, futuresOrder).Error.ShouldNotBeNull();
        futuresOther.ShouldBe(futuresOne);
        futuresOne.Message.ShouldBe("Invalid side.");
    }
}
