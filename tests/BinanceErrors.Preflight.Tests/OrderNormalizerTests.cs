using BinanceErrors.Preflight.Tests.Validation;

namespace BinanceErrors.Preflight.Tests;

public sealed class OrderNormalizerTests
{
    [Fact]
    public void Buy_RoundsPriceDownAndQuantityDown_AndReportsBoth()
    {
        var order = ExchangeFixture.ValidLimit with { Price = "30000.019", Quantity = "0.0015789" };

        var normalized = OrderNormalizer.Normalize(ExchangeFixture.Rules, order);

        normalized.Order.Price.ShouldBe("30000.01");
        normalized.Order.Quantity.ShouldBe("0.00157");
        normalized.Changes.Select(c => (c.Parameter, c.From, c.To)).ShouldBe([("price", "30000.019", "30000.01"), ("quantity", "0.0015789", "0.00157")]);
        normalized.Changes[0].Reason.ShouldBe("rounded down to tickSize 0.01");
    }

    [Fact]
    public void Sell_RoundsPriceUp()
    {
        var normalized = OrderNormalizer.Normalize(ExchangeFixture.Rules, ExchangeFixture.ValidLimit with { Side = "SELL", Price = "30000.011" });

        normalized.Order.Price.ShouldBe("30000.02");
    }

    [Fact]
    public void ExplicitDirections_AreHonoured()
    {
        var options = new NormalizeOptions { PriceRounding = RoundingDirection.Nearest, QuantityRounding = RoundingDirection.Up };

        var normalized = OrderNormalizer.Normalize(ExchangeFixture.Rules, ExchangeFixture.ValidLimit with { Price = "30000.016", Quantity = "0.0010001" }, options);

        normalized.Order.Price.ShouldBe("30000.02");
        normalized.Order.Quantity.ShouldBe("0.00101");
    }

    [Fact]
    public void OnGridOrder_IsLeftAsWritten()
    {
        var order = ExchangeFixture.ValidLimit with { Price = "30000.0100" };

        var normalized = OrderNormalizer.Normalize(ExchangeFixture.Rules, order);

        normalized.Changed.ShouldBeFalse();
        normalized.Order.ShouldBe(order);
    }

    [Fact]
    public void LiftToMinimum_RaisesQuantityToTheMinimumNotional_OnlyWhenAsked()
    {
        var small = ExchangeFixture.ValidLimit with { Quantity = "0.0001" };

        OrderNormalizer.Normalize(ExchangeFixture.Rules, small).Order.Quantity.ShouldBe("0.0001");

        var lifted = OrderNormalizer.Normalize(ExchangeFixture.Rules, small, new NormalizeOptions { LiftToMinimum = true });
        lifted.Order.Quantity.ShouldBe("0.00017"); // 0.00017 × 30000.01 = 5.1 ≥ 5; 0.00016 × 30000.01 = 4.8
        lifted.Changes.Single().Reason.ShouldBe("raised to reach the minimum notional 5");
    }

    [Fact]
    public void Round_IsExactDecimalArithmetic()
    {
        OrderNormalizer.Round(0.3m, 0.1m, RoundingDirection.Down).ShouldBe(0.3m);
        OrderNormalizer.Round(1.0000001m, 0.00001m, RoundingDirection.Up).ShouldBe(1.00001m);
        OrderNormalizer.Round(60123.4567m, 0.01m, RoundingDirection.Down).ShouldBe(60123.45m);
        OrderNormalizer.Round(0.123456789m, 0m, RoundingDirection.Down, 8).ShouldBe(0.12345678m);
    }

    [Fact]
    public void EveryNormalizedOrder_PassesValidation()
    {
        // Property test: random orders on every trading symbol, normalized with lifting, must validate.
        var random = new Random(4242);
        var options = new NormalizeOptions { LiftToMinimum = true };
        var symbols = ExchangeFixture.Rules.Symbols.Where(s => s.Info.Status == SymbolStatus.Trading).ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var rules = symbols[random.Next(symbols.Length)];
            var reference = rules.Symbol switch { "BTCUSDT" => 30000m, "ETHUSDT" => 3000m, "ETHBTC" => 0.05m, _ => 600m };
            var price = reference * (0.5m + (decimal)random.Next(0, 1000) / 1000m);
            var quantity = (decimal)random.Next(1, 100_000) / 100_000m * (rules.Symbol == "ETHBTC" ? 10m : 1m);
            var side = random.Next(2) == 0 ? "BUY" : "SELL";
            var order = new OrderRequest
            {
                Symbol = rules.Symbol,
                Side = side,
                Type = random.Next(3) == 0 ? "LIMIT_MAKER" : "LIMIT",
                Price = decimal.Round(price, 12).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Quantity = decimal.Round(quantity, 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            if (order.Type == "LIMIT")
            {
                order = order with { TimeInForce = "GTC" };
            }

            var normalized = OrderNormalizer.Normalize(ExchangeFixture.Rules, order, options).Order;
            var result = SpotValidationByBoth.Validate(ExchangeFixture.Rules, normalized, ExchangeFixture.FullContext with { ReferencePrice = reference, LastPrice = null, BestBid = null, BestAsk = null });

            result.IsValid.ShouldBeTrue($"{order} → {normalized}: {result.Error}");
        }
    }
}
