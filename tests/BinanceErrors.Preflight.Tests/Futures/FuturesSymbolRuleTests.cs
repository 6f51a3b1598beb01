using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

/// <summary>
/// A symbol's own lists and filters: the order types and times in force it lists, its status, a symbol with only one of
/// the two lot filters, and values too long for 64-bit scaled integers (the decimal path). Through both validators.
/// </summary>
public sealed class FuturesSymbolRuleTests
{
    private static readonly FuturesMarketContext Full = FuturesExchangeFixture.FullContext with { MarkPrice = 10m, BestAsk = 10m, BestBid = 10m };

    private static readonly FuturesExchangeRules Rules = FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse("""
        {"symbols":[
          {"symbol":"LISTUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":2,
           "orderTypes":["LIMIT","STOP_MARKET","LIMIT"],"timeInForce":["GTC","GTX","GTC"],"filters":[]},
          {"symbol":"CLOSEUSDT","status":"CLOSE","pricePrecision":2,"quantityPrecision":2,"filters":[]},
          {"symbol":"PENDINGUSDT","status":"PENDING_TRADING","pricePrecision":2,"quantityPrecision":2,"filters":[]},
          {"symbol":"MLOTUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":2,"filters":[
            {"filterType":"MARKET_LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"1"}]},
          {"symbol":"LOTUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":2,"filters":[
            {"filterType":"LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"1"}]},
          {"symbol":"FINEUSDT","status":"TRADING","pricePrecision":20,"quantityPrecision":20,"filters":[
            {"filterType":"PRICE_FILTER","minPrice":"0.5","maxPrice":"0","tickSize":"0.00000000000000000001"},
            {"filterType":"LOT_SIZE","minQty":"0.5","maxQty":"0","stepSize":"0.00000000000000000001"}]},
          {"symbol":"ODDGRIDUSDT","status":"TRADING","pricePrecision":2,"quantityPrecision":2,"filters":[
            {"filterType":"PRICE_FILTER","minPrice":"0.05","maxPrice":"0","tickSize":"0.15"},
            {"filterType":"LOT_SIZE","minQty":"0.05","maxQty":"0","stepSize":"0.15"}]}]}
        """));

    private static readonly FuturesOrderRequest Limit = new() { Symbol = "LISTUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "10", Quantity = "1" };
    private static readonly FuturesOrderRequest Market = new() { Symbol = "LISTUSDT", Side = "BUY", Type = "MARKET", Quantity = "1" };
    private static readonly FuturesAlgoOrderRequest Stop = new() { AlgoType = "CONDITIONAL", Symbol = "LISTUSDT", Side = "SELL", Type = "STOP_MARKET", TriggerPrice = "9", Quantity = "1" };

    [Fact]
    public void OnlyTheListedOrderTypes_AreAccepted()
    {
        FuturesValidationByBoth.Validate(Rules, Limit, Full).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.ValidateAlgo(Rules, Stop, Full).IsValid.ShouldBeTrue();
        Expect(FuturesValidationByBoth.Validate(Rules, Market, Full), -1116, "Invalid orderType.");
        Expect(FuturesValidationByBoth.ValidateAlgo(Rules, Stop with { Type = "TAKE_PROFIT_MARKET" }, Full), -1116, "Invalid orderType.");

        Rules.TryGetSymbol("LISTUSDT", out var list).ShouldBeTrue();
        list.ToString().ShouldBe("LISTUSDT (TRADING)");
        Enum.GetValues<FuturesOrderType>().Where(list.Allows).ShouldBe([FuturesOrderType.Limit, FuturesOrderType.StopMarket]);
        Enum.GetValues<FuturesTimeInForce>().Where(list.Allows).ShouldBe([FuturesTimeInForce.Gtc, FuturesTimeInForce.Gtx, FuturesTimeInForce.GteGtc]);
    }

    [Fact]
    public void OnlyTheListedTimesInForce_AreAccepted_AndGteGtcAlways()
    {
        FuturesValidationByBoth.Validate(Rules, Limit with { TimeInForce = "GTX" }, Full).IsValid.ShouldBeTrue();
        Expect(FuturesValidationByBoth.Validate(Rules, Limit with { TimeInForce = "IOC" }, Full), -1115, "Invalid timeInForce.");
        Expect(FuturesValidationByBoth.Validate(Rules, Limit with { TimeInForce = "GTD", GoodTillDate = "1795997400001" }, Full), -1115, "Invalid timeInForce.");
        FuturesValidationByBoth.ValidateAlgo(Rules, Stop with { TimeInForce = "GTE_GTC", Quantity = null, ClosePosition = "true" }, Full).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void SymbolWithoutLists_AllowsEveryTypeAndTimeInForce()
    {
        Rules.TryGetSymbol("LOTUSDT", out var open).ShouldBeTrue();

        Enum.GetValues<FuturesOrderType>().ShouldAllBe(t => open.Allows(t));
        Enum.GetValues<FuturesTimeInForce>().ShouldAllBe(t => open.Allows(t));
    }

    [Fact]
    public void SymbolStatus_ClosedIsClosed_AnyOtherNonTradingCannotOpen()
    {
        Expect(FuturesValidationByBoth.Validate(Rules, Limit with { Symbol = "CLOSEUSDT" }, Full), -4141, "Symbol is closed");
        Expect(FuturesValidationByBoth.Validate(Rules, Limit with { Symbol = "PENDINGUSDT" }, Full), -4140, "Invalid symbol status for opening position");
    }

    [Fact]
    public void MarketLotSizeAlone_BindsMarketOrdersOnly()
    {
        Expect(FuturesValidationByBoth.Validate(Rules, Market with { Symbol = "MLOTUSDT", Quantity = "11" }, Full), -4005, "Quantity greater than max quantity.");
        FuturesValidationByBoth.Validate(Rules, Market with { Symbol = "MLOTUSDT", Quantity = "10" }, Full).IsValid.ShouldBeTrue();
        FuturesValidationByBoth.Validate(Rules, Limit with { Symbol = "MLOTUSDT", Quantity = "11" }, Full).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void LotSizeAlone_BindsMarketOrdersToo()
    {
        Expect(FuturesValidationByBoth.Validate(Rules, Market with { Symbol = "LOTUSDT", Quantity = "11" }, Full), -4005, "Quantity greater than max quantity.");
        Expect(FuturesValidationByBoth.Validate(Rules, Market with { Symbol = "LOTUSDT", Quantity = "1.5" }, Full), -4023, "Qty not increased by step size.");
        Expect(FuturesValidationByBoth.Validate(Rules, Limit with { Symbol = "LOTUSDT", Quantity = "0.5" }, Full), -4004, "Quantity less than min quantity.");
    }

    [Theory]
    [InlineData("0.50000000000000000001", null)] // one 1e-20 tick above minPrice 0.5
    [InlineData("12345678901234567890.5", null)] // 20 integer digits on the grid from 0.5
    [InlineData("12345678901234567890.50000000000000000001", null)]
    [InlineData("0.49999999999999999999", -4013)]
    public void ValuesBeyond64Bits_AreMeasuredFromMinPriceAndMinQty(string value, int? expected)
    {
        var order = new FuturesOrderRequest { Symbol = "FINEUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = value, Quantity = "1" };
        var price = FuturesValidationByBoth.Validate(Rules, order, Full);
        (price.Code).ShouldBe(expected);

        var quantity = FuturesValidationByBoth.Validate(Rules, order with { Price = "1", Quantity = value }, Full);
        (quantity.Code).ShouldBe(expected is null ? null : -4004);
    }

    [Theory]
    [InlineData("1234567890123456788", null)] // 0.05 + 0.15k: 100v − 5 = 15k holds for v ≡ 2 (mod 3)
    [InlineData("1234567890123456787", -4014)] // v ≡ 1 (mod 3): 0.05 off the grid (on it only if measured the other way)
    [InlineData("2", null)]
    [InlineData("1", -4014)]
    public void GridFromAnOriginOffTheStep_HoldsForIntegersTooLongToRescale(string value, int? expected)
    {
        // 19 integer digits: the value fits 64 bits at scale 0 but not at minPrice's scale 2, so the grid test falls back
        // to the decimal expression; the answer must not change with the path.
        var order = new FuturesOrderRequest { Symbol = "ODDGRIDUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = value, Quantity = "2" };

        FuturesValidationByBoth.Validate(Rules, order, Full).Code.ShouldBe(expected);
        FuturesValidationByBoth.Validate(Rules, order with { Price = "2", Quantity = value }, Full).Code.ShouldBe(expected is null ? null : -4023);
    }

    private static void Expect(FuturesOrderValidation result, int code, string message) => (result.Code, result.Message).ShouldBe((code, message));
}
