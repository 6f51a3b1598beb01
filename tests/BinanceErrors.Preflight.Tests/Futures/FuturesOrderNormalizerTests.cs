using System.Globalization;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Tests.Futures;

public sealed class FuturesOrderNormalizerTests
{
    private static readonly FuturesExchangeRules Rules = FuturesExchangeFixture.Rules;

    [Fact]
    public void PriceAndQuantity_RoundToTheSafeSide_AndEveryChangeIsReported()
    {
        var order = FuturesExchangeFixture.ValidLimit with { Price = "60000.17", Quantity = "0.0029" };

        var normalized = FuturesOrderNormalizer.Normalize(Rules, order);

        normalized.Order.Price.ShouldBe("60000.1"); // BUY: down to the 0.10 grid that starts at minPrice 261.10
        normalized.Order.Quantity.ShouldBe("0.002");
        normalized.Changes.Select(c => (c.Parameter, c.From, c.To)).ShouldBe([("price", "60000.17", "60000.1"), ("quantity", "0.0029", "0.002")]);
        FuturesOrderNormalizer.Normalize(Rules, order with { Side = "SELL" }).Order.Price.ShouldBe("60000.2");
    }

    [Fact]
    public void TickGrid_StartsAtMinPrice()
    {
        // minPrice 1.05, tick 0.1: the grid is 1.05, 1.15, 1.25 … not 1.0, 1.1, 1.2.
        FuturesOrderNormalizer.Round(1.21m, 1.05m, 0.1m, RoundingDirection.Down, 2).ShouldBe(1.15m);
        FuturesOrderNormalizer.Round(1.21m, 1.05m, 0.1m, RoundingDirection.Up, 2).ShouldBe(1.25m);
    }

    [Fact]
    public void LiftToMinimum_RaisesToTheNotional_ButNeverAReduceOnlyOrder()
    {
        var small = FuturesExchangeFixture.ValidLimit with { Quantity = "0.001" };
        var options = new NormalizeOptions { LiftToMinimum = true, ReferencePrice = 60000m };

        var lifted = FuturesOrderNormalizer.Normalize(Rules, small, options);
        lifted.Order.Quantity.ShouldBe("0.002");
        lifted.Changes.ShouldHaveSingleItem().Reason.ShouldBe("raised to reach the minimum notional 100");

        var reduceOnly = FuturesOrderNormalizer.Normalize(Rules, small with { ReduceOnly = "true" }, options);
        reduceOnly.Changed.ShouldBeFalse();

        var market = FuturesOrderNormalizer.Normalize(Rules, new FuturesOrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", Quantity = "0.001" }, options);
        market.Order.Quantity.ShouldBe("0.002");
        FuturesOrderNormalizer.Normalize(Rules, market.Order with { Quantity = "500" }).Order.Quantity.ShouldBe("120"); // MARKET_LOT_SIZE max
    }

    [Fact]
    public void AlgoOrder_TriggerAndActivationPrices_AreOnTheGridToo()
    {
        var order = FuturesExchangeFixture.ValidAlgo with { TriggerPrice = "58000.06" };

        var normalized = FuturesOrderNormalizer.NormalizeAlgo(Rules, order);

        normalized.Order.TriggerPrice.ShouldBe("58000.1"); // SELL: up
        normalized.Changes.ShouldHaveSingleItem().Parameter.ShouldBe("triggerPrice");
    }

    [Fact]
    public void Property_ANormalizedOrderAlwaysValidates()
    {
        // 3000 seeded random LIMIT and MARKET orders over every trading symbol of the built-in document: whatever the
        // price and quantity, the normalized order passes every rule the validator knows, with the full context.
        var random = new Random(20261130);
        var symbols = Rules.Symbols.Where(s => s.Info.Status == ContractStatus.Trading).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var rules = symbols[random.Next(symbols.Length)];
            var priceFilter = rules.Price!;
            var mark = Math.Round(priceFilter.MinPrice * (decimal)(2 + (random.NextDouble() * 200)), 8);
            mark = Math.Min(mark, priceFilter.MaxPrice / 2);
            var side = random.Next(2) == 0 ? "BUY" : "SELL";
            var market = random.Next(3) == 0;
            var price = mark * (decimal)(0.97 + (random.NextDouble() * 0.06));
            var quantity = (decimal)Math.Pow(10, (random.NextDouble() * 8) - 4);
            var order = new FuturesOrderRequest
            {
                Symbol = rules.Symbol,
                Side = side,
                Type = market ? "MARKET" : "LIMIT",
                TimeInForce = market ? null : "GTC",
                Price = market ? null : Text(price),
                Quantity = Text(quantity),
                ReduceOnly = random.Next(4) == 0 ? "true" : null,
            };
            var context = FuturesExchangeFixture.FullContext with { MarkPrice = mark, LastPrice = mark, BestBid = mark, BestAsk = mark };

            var normalized = FuturesOrderNormalizer.Normalize(Rules, order, new NormalizeOptions { LiftToMinimum = true, ReferencePrice = mark });
            var result = FuturesOrderValidator.Validate(Rules, normalized.Order, context);

            result.IsValid.ShouldBeTrue($"#{i} {order} → {normalized.Order} (mark {mark}): {result.Code} {result.Message}");
            result.NotChecked.ShouldBe(FuturesPreflightChecks.None);
        }

        // Up to 10 decimals, never 0 (a zero quantity is a different rule, -4003, that no normalizer should hide).
        static string Text(decimal value) => Math.Max(Math.Round(value, 10), 0.0000000001m).ToString("0.##########", CultureInfo.InvariantCulture);
    }
}
