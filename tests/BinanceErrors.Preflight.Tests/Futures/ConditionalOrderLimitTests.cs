using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// The open conditional order limit. USDⓈ-M removed MAX_NUM_ALGO_ORDERS from /fapi/v1/exchangeInfo on 2025-12-29: the
/// limit is 200 conditional orders across all symbols. A document without the filter is checked against the account's
/// count across all symbols; an older document that still carries the filter against the symbol's own count.
/// </summary>
public sealed class ConditionalOrderLimitTests
{
    private const string MaxStopOrders = "Reach max stop order limit.";

    private static readonly FuturesAlgoOrderRequest Stop = FuturesExchangeFixture.ValidAlgo;
    private static readonly FuturesMarketContext Full = FuturesExchangeFixture.FullContext;
    private static readonly FuturesExchangeRules Current = FuturesExchangeFixture.RulesWithoutAlgoFilter;
    private static readonly FuturesExchangeRules Old = FuturesExchangeFixture.RulesWithAlgoFilter;

    [Fact]
    public void WithoutTheFilter_TheAccountWideLimitOf200Applies()
    {
        FuturesExchangeRules.AccountAlgoOrderLimit.ShouldBe(200);
        Current.TryGetSymbol("BTCUSDT", out var btc).ShouldBeTrue();
        btc!.MaxNumAlgoOrders.ShouldBeNull();

        FuturesValidationByBoth.ValidateAlgo(Current, Stop, Full with { AccountOpenAlgoOrders = 199 }).IsValid.ShouldBeTrue();
        var full = FuturesValidationByBoth.ValidateAlgo(Current, Stop, Full with { AccountOpenAlgoOrders = 200 });
        (full.Code, full.Message).ShouldBe((-4045, MaxStopOrders));

        // The symbol's own count no longer limits anything: 50 on one symbol is fine while the account has room.
        FuturesValidationByBoth.ValidateAlgo(Current, Stop, Full with { OpenAlgoOrders = 50, AccountOpenAlgoOrders = 50 }).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void WithoutTheFilter_AMissingAccountCount_IsReportedNotChecked()
    {
        var result = FuturesValidationByBoth.ValidateAlgo(Current, Stop, Full with { AccountOpenAlgoOrders = null, OpenAlgoOrders = null });

        result.IsValid.ShouldBeTrue();
        result.NotChecked.ShouldBe(FuturesPreflightChecks.AccountAlgoOrders);
    }

    [Fact]
    public void AnOldDocumentWithTheFilter_IsCheckedPerSymbol()
    {
        FuturesValidationByBoth.ValidateAlgo(Old, Stop, Full with { OpenAlgoOrders = 9 }).IsValid.ShouldBeTrue();
        var full = FuturesValidationByBoth.ValidateAlgo(Old, Stop, Full with { OpenAlgoOrders = 10 });
        (full.Code, full.Message).ShouldBe((-4045, MaxStopOrders));

        // The filter replaces the account-wide limit: the account count is not needed and not used.
        var perSymbol = FuturesValidationByBoth.ValidateAlgo(Old, Stop, Full with { OpenAlgoOrders = 0, AccountOpenAlgoOrders = 500 });
        perSymbol.IsValid.ShouldBeTrue();
        FuturesValidationByBoth.ValidateAlgo(Old, Stop, Full with { OpenAlgoOrders = null, AccountOpenAlgoOrders = null }).NotChecked
            .ShouldBe(FuturesPreflightChecks.MaxNumAlgoOrders);
    }

    [Fact]
    public void OrdersOnTheOrderEndpoint_AreNotConditional_AndIgnoreBothLimits()
    {
        var limit = FuturesExchangeFixture.ValidLimit;
        var context = Full with { OpenAlgoOrders = 10, AccountOpenAlgoOrders = 200 };

        FuturesValidationByBoth.Validate(Current, limit, context).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(Old, limit, context).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(Current, limit, Full with { AccountOpenAlgoOrders = null }).NotChecked.ShouldBe(FuturesPreflightChecks.None);
    }
}
