using System.Globalization;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.CoinM;

/// <summary>
/// <see cref="FuturesOrderNormalizer"/> on COIN-M rules: quantities are contracts, and a normalized order must pass
/// COIN-M's validation, the one-contract minimum (-4178) included, checked by the product and the decimal oracle.
/// </summary>
public sealed class CoinMOrderNormalizerTests
{
    private static readonly NormalizeOptions Lift = new() { LiftToMinimum = true, ReferencePrice = 60000m };

    [Fact]
    public void LiftToMinimum_OnFractionalContracts_RaisesToOneContract_ButNeverAReduceOnlyOrder()
    {
        // LOT_SIZE lets 0.3 contracts through (minQty 0.1); the engine wants one contract unless the order only reduces.
        var rules = CoinMExchangeFixture.RulesWithFractionalContracts;
        var small = CoinMExchangeFixture.ValidLimit with { Quantity = "0.3" };

        var lifted = FuturesOrderNormalizer.Normalize(rules, small, Lift);

        lifted.Order.Quantity.ShouldBe("1");
        lifted.Changes.ShouldHaveSingleItem().Reason.ShouldBe("raised to one contract, COIN-M's minimum (-4178)");
        CoinMValidationByBoth.Validate(rules, lifted.Order, CoinMExchangeFixture.FullContext).IsValid.ShouldBeTrue();

        var reduceOnly = FuturesOrderNormalizer.Normalize(rules, small with { ReduceOnly = "true" }, Lift);
        reduceOnly.Changed.ShouldBeFalse();
        CoinMValidationByBoth.Validate(rules, reduceOnly.Order, CoinMExchangeFixture.FullContext).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void LiftToMinimum_OnWholeContracts_RaisesToMinQty()
    {
        var lifted = FuturesOrderNormalizer.Normalize(CoinMExchangeFixture.Rules, CoinMExchangeFixture.ValidLimit with { Quantity = "0.4" }, Lift);

        lifted.Order.Quantity.ShouldBe("1");
        lifted.Changes.Select(c => c.Reason).ShouldBe(["rounded down to stepSize 1 from minQty 1", "raised to minQty 1"]);
    }

    [Fact]
    public void Property_ANormalizedCoinMOrderAlwaysValidates()
    {
        // 3000 seeded random LIMIT and MARKET orders over every open contract of the built-in document and of its
        // fractional-contract variant: whatever the price and the number of contracts, the normalized order passes
        // every rule, through the product and the oracle, with nothing unchecked.
        var random = new Random(20261207);
        var exchanges = new[] { CoinMExchangeFixture.Rules, CoinMExchangeFixture.RulesWithFractionalContracts };
        var context = CoinMExchangeFixture.FullContext;
        var lifted = 0;
        for (var i = 0; i < 3000; i++)
        {
            var exchange = exchanges[random.Next(exchanges.Length)];
            var symbols = exchange.Symbols.Where(s => s.Info.Status == ContractStatus.Trading && s.Info.DeliveryDate > context.Now!.Value.ToUnixTimeMilliseconds()).ToArray();
            var rules = symbols[random.Next(symbols.Length)];
            var priceFilter = rules.Price!;
            var mark = Math.Round(priceFilter.MinPrice * (decimal)(2 + (random.NextDouble() * 200)), 8);
            mark = Math.Min(mark, priceFilter.MaxPrice / 2);
            var market = random.Next(3) == 0;
            var price = mark * (decimal)(0.97 + (random.NextDouble() * 0.06));
            var contracts = (decimal)Math.Pow(10, (random.NextDouble() * 5) - 2);
            var order = new FuturesOrderRequest
            {
                Symbol = rules.Symbol,
                Side = random.Next(2) == 0 ? "BUY" : "SELL",
                Type = market ? "MARKET" : "LIMIT",
                TimeInForce = market ? null : "GTC",
                Price = market ? null : Text(price),
                Quantity = Text(contracts),
                ReduceOnly = random.Next(4) == 0 ? "true" : null,
            };
            var marketContext = context with { MarkPrice = mark, LastPrice = mark, BestBid = mark, BestAsk = mark };

            var normalized = FuturesOrderNormalizer.Normalize(exchange, order, new NormalizeOptions { LiftToMinimum = true, ReferencePrice = mark });
            var result = CoinMValidationByBoth.Validate(exchange, normalized.Order, marketContext);

            result.IsValid.ShouldBeTrue($"#{i} {order} → {normalized.Order} (mark {mark}): {result.Code} {result.Message}");
            result.NotChecked.ShouldBe(FuturesPreflightChecks.None);
            lifted += normalized.Changes.Any(c => c.Reason.StartsWith("raised", StringComparison.Ordinal)) ? 1 : 0;
        }

        lifted.ShouldBeGreaterThan(100); // the set reaches the minimum, not only the grids
        static string Text(decimal value) => Math.Max(Math.Round(value, 10), 0.0000000001m).ToString("0.##########", CultureInfo.InvariantCulture);
    }
}
