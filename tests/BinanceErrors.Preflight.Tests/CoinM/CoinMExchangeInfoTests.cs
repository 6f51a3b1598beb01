using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.CoinM;

/// <summary>Reading <c>GET /dapi/v1/exchangeInfo</c>: the documented sample and the built-in document.</summary>
public sealed class CoinMExchangeInfoTests
{
    [Fact]
    public void DocumentedSample_IsReadAsCoinM_WithItsContractFields()
    {
        var info = FuturesExchangeInfo.Load(CoinMExchangeFixture.DocSamplePath);

        info.Venue.ShouldBe(BinanceVenue.CoinMFutures);
        info.RateLimits.Count.ShouldBe(2);
        info.RateLimits[0].Limit.ShouldBe(6000);
        var symbol = info.Symbols.ShouldHaveSingleItem();
        symbol.Symbol.ShouldBe("BTCUSD_200925");
        symbol.Pair.ShouldBe("BTCUSD");
        symbol.ContractType.ShouldBe(ContractType.CurrentQuarter);
        symbol.DeliveryDate.ShouldBe(1601020800000);
        symbol.OnboardDate.ShouldBe(1590739200000);
        symbol.Status.ShouldBe(ContractStatus.Trading);
        symbol.StatusText.ShouldBe("TRADING");
        symbol.ContractSize.ShouldBe(100m);
        symbol.MarginAsset.ShouldBe("BTC");
        symbol.BaseAsset.ShouldBe("BTC");
        symbol.QuoteAsset.ShouldBe("USD");
        symbol.PricePrecision.ShouldBe(1);
        symbol.QuantityPrecision.ShouldBe(0);
        symbol.TriggerProtect.ShouldBe(0.05m);
        symbol.MarketTakeBound.ShouldBe(0.30m);
        symbol.OrderTypes.ShouldBe([FuturesOrderType.Limit, FuturesOrderType.Market, FuturesOrderType.Stop, FuturesOrderType.TakeProfit, FuturesOrderType.TrailingStopMarket]);
        symbol.TimeInForce.ShouldBe([FuturesTimeInForce.Gtc, FuturesTimeInForce.Ioc, FuturesTimeInForce.Fok, FuturesTimeInForce.Gtx]);
        symbol.Filters.Select(f => f.Type).ShouldBe([FilterType.PriceFilter, FilterType.LotSize, FilterType.MarketLotSize, FilterType.MaxNumOrders, FilterType.PercentPrice]);
    }

    [Fact]
    public void DocumentedSample_CompilesToCoinMRules_WithoutMinNotional()
    {
        var rules = FuturesExchangeRules.Compile(FuturesExchangeInfo.Load(CoinMExchangeFixture.DocSamplePath));

        rules.Venue.ShouldBe(BinanceVenue.CoinMFutures);
        rules.TryGetSymbol("BTCUSD_200925", out var symbol).ShouldBeTrue();
        symbol!.MinNotional.ShouldBeNull();
        symbol.LotSize!.MinQty.ShouldBe(1m);
        symbol.MaxNumOrders.ShouldBe(200);
        symbol.PercentPrice!.MultiplierUp.ShouldBe(1.05m);
    }

    [Fact]
    public void BuiltInDocument_HasContractsForEverySymbol()
    {
        var info = CoinMExchangeFixture.Info;

        info.Venue.ShouldBe(BinanceVenue.CoinMFutures);
        info.Symbols.Select(s => s.Symbol).ShouldContain("BTCUSD_PERP");
        info.Symbols.ShouldAllBe(s => s.ContractSize > 0 && s.QuantityPrecision == 0 && s.MarginAsset == s.BaseAsset && s.QuoteAsset == "USD");
        info.Symbols.ShouldAllBe(s => s.Filters.All(f => f.Type != FilterType.MinNotional));
        info.Symbols.Single(s => s.Symbol == "BTCUSD_PERP").ContractSize.ShouldBe(100m);
        info.Symbols.Single(s => s.Symbol == "ETHUSD_PERP").ContractSize.ShouldBe(10m);
        info.Symbols.Single(s => s.Symbol == "BTCUSD_261225").DeliveryDate.ShouldBe(new DateTimeOffset(2026, 12, 25, 8, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds());
        info.Symbols.Single(s => s.Symbol == "ETHUSD_270625").Status.ShouldBe(ContractStatus.PendingTrading);
    }

    [Fact]
    public void UsdMDocument_StaysUsdM()
    {
        FuturesExchangeInfo.Load(Futures.FuturesExchangeFixture.Path).Venue.ShouldBe(BinanceVenue.UsdMFutures);
        Futures.FuturesExchangeFixture.Rules.Venue.ShouldBe(BinanceVenue.UsdMFutures);
    }

    [Fact]
    public void CoinMDocument_GivenToTheSpotReader_IsRefusedInOneSentence()
    {
        var error = Should.Throw<ExchangeInfoFormatException>(() => ExchangeInfo.Load(CoinMExchangeFixture.Path));

        error.DocumentVenue.ShouldBe(BinanceVenue.CoinMFutures);
        error.Message.ShouldBe("This is a COIN-M futures exchangeInfo (GET /dapi/v1/exchangeInfo), not a Spot one: read it with FuturesExchangeInfo (in the CLI, --venue coinm).");
    }

    [Fact]
    public void Venue_CanBeOverridden_AndTheRulesFollowIt()
    {
        var asUsdM = CoinMExchangeFixture.Info with { Venue = BinanceVenue.UsdMFutures };

        FuturesExchangeRules.Compile(asUsdM).Venue.ShouldBe(BinanceVenue.UsdMFutures);
    }
}
