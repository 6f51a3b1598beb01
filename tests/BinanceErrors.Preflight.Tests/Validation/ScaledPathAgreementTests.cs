using System.Globalization;
using System.Text;
using BinanceErrors.Preflight.Futures;
using Xunit.Abstractions;

namespace BinanceErrors.Preflight.Tests.Validation;

/// <summary>
/// Property test: the public validators (scaled integers) and the decimal oracles they replaced answer the same
/// for a large generated set of symbols, orders and contexts: same error (code and message), same rules not checked,
/// same parsed values (to the decimal's scale), Spot, USDⓈ-M (normal and algo) and COIN-M. The generator aims at the
/// boundaries: values equal to every filter bound, one tick or step either side, a tenth of a tick off the grid,
/// excess precision, numbers too long for a 64-bit mantissa, malformed text, and market prices whose products the
/// decimal oracle would round. A fixed seed keeps a failure reproducible (it is printed); runtime stays well under
/// a second or two because mutation testing runs the suite once per mutant.
/// </summary>
public sealed class ScaledPathAgreementTests(ITestOutputHelper output)
{
    private const int Seed = 20261130;
    private const int OrdersPerVenue = 12_000;

    private static readonly string[] Ticks = ["0.01000000", "0.10", "1", "0.00000001", "0.5", "0.25", "5", "0.00010000", "0", "0.001", "10"];
    private static readonly string[] Steps = ["0.00001000", "0.001", "1", "0.1", "0.00000001", "0", "0.5", "100", "0.00100000"];
    private static readonly string[] Multipliers = ["5", "0.2", "1.05", "0.95", "1.3", "0.7", "1.0500", "0.9500", "1.15", "0.85"];
    private static readonly string[] Notionals = ["5.00000000", "10", "0.0001", "100", "0", "1.5", "5"];
    private static readonly string[] MaxNotionals = ["9000000.00000000", "0", "1000.5", "250"];
    private static readonly string[] Malformed =
    [
        "", "abc", "-1", "1e5", ".5", "5.", "1.2.3", "+1", " 1", "1 ", "١", "0x10", "1,5",
        "123456789012345678901", "1.123456789012345678901", "99999999999999999999", "99999999999999999999.99999999999999999999",
        "1.10000000000000000000", "00000000000000000001.5", "0.00000000000000000001", "12345678901234567.8", "1234567890123456789",
        "0", "0.0", "0.00000000", "00.100",
    ];

    /// <summary>Context prices whose products the decimal oracle rounds or cannot hold, and ones that do not fit 63 bits.</summary>
    private static readonly decimal[] AwkwardPrices =
    [
        1.2345678901234567890123456789m, 79228162514264337593543950335m, 0.0000000000000000000000000001m, -30000m, 0m,
        12345678901234.12345678901234m, 9223372036854775808m, 30000.000000000000000000000001m,
    ];

    [Fact]
    public void Spot_ScaledValidatorAgreesWithTheDecimalOracle()
    {
        output.WriteLine($"seed {Seed}");
        var random = new Random(Seed);
        var exchange = SpotExchange(random, 40);
        var symbols = exchange.Symbols.ToArray();
        var valid = 0;
        var byCode = new Dictionary<string, int>();
        for (var i = 0; i < OrdersPerVenue; i++)
        {
            var rules = symbols[random.Next(symbols.Length)];
            var order = SpotOrder(random, rules);
            var context = SpotContext(random, rules);
            var fast = OrderValidator.Validate(exchange, order, context);
            var oracle = DecimalOrderValidator.Validate(exchange, order, context);
            var expected = Describe(oracle);
            var actual = Describe(fast);
            if (actual != expected)
            {
                Assert.Fail($"seed {Seed}, order {i}: {Describe(order)} with {context}\n oracle: {expected}\n scaled: {actual}");
            }

            valid += oracle.IsValid ? 1 : 0;
            Count(byCode, oracle.Error?.Message);
        }

        output.WriteLine($"{valid} valid; rejections: {string.Join("; ", byCode.OrderByDescending(p => p.Value).Select(p => $"{p.Key} ×{p.Value}"))}");

        // The set must reach the filters, not stop at parameter checks: a generator that did would prove nothing.
        valid.ShouldBeGreaterThan(OrdersPerVenue / 20);
        foreach (var filter in new[] { "PRICE_FILTER", "LOT_SIZE", "MARKET_LOT_SIZE", "PERCENT_PRICE_BY_SIDE", "PERCENT_PRICE", "NOTIONAL", "MIN_NOTIONAL", "ICEBERG_PARTS" })
        {
            byCode.ShouldContainKey($"Filter failure: {filter}");
        }

        byCode.ShouldContainKey("Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.");
        byCode.ShouldContainKey("Parameter 'quantity' has too much precision.");
    }

    [Fact]
    public void UsdMFutures_ScaledValidatorAgreesWithTheDecimalOracle()
    {
        output.WriteLine($"seed {Seed}");
        var random = new Random(Seed + 1);
        var exchange = FuturesExchange(random, 40);
        var symbols = exchange.Symbols.ToArray();
        var valid = 0;
        var byCode = new Dictionary<string, int>();
        for (var i = 0; i < OrdersPerVenue; i++)
        {
            var rules = symbols[random.Next(symbols.Length)];
            var context = FuturesContext(random, rules);
            FuturesOrderValidation fast;
            OracleFuturesOrderValidation oracle;
            string described;
            if (random.Next(3) == 0)
            {
                var order = FuturesAlgo(random, rules);
                described = order.ToString();
                fast = FuturesOrderValidator.ValidateAlgo(exchange, order, context);
                oracle = DecimalFuturesOrderValidator.ValidateAlgo(exchange, order, context);
            }
            else
            {
                var order = FuturesOrder(random, rules);
                described = order.ToString();
                fast = FuturesOrderValidator.Validate(exchange, order, context);
                oracle = DecimalFuturesOrderValidator.Validate(exchange, order, context);
            }

            var expected = Describe(oracle);
            var actual = Describe(fast);
            if (actual != expected)
            {
                Assert.Fail($"seed {Seed + 1}, order {i}: {described} with {context}\n oracle: {expected}\n scaled: {actual}");
            }

            valid += oracle.IsValid ? 1 : 0;
            Count(byCode, oracle.Error is { } error ? $"{error.Code} {error.Message}" : null);
        }

        output.WriteLine($"{valid} valid; rejections: {string.Join("; ", byCode.OrderByDescending(p => p.Value).Select(p => $"{p.Key} ×{p.Value}"))}");
        valid.ShouldBeGreaterThan(OrdersPerVenue / 20);
        foreach (var code in new[] { -4013, -4014, -4003, -4005, -4023, -4016, -4024, -4164, -1111, -4015 })
        {
            byCode.Keys.ShouldContain(k => k.StartsWith($"{code} ", StringComparison.Ordinal), $"no {code} in the generated set");
        }
    }

    [Fact]
    public void CoinMFutures_ValidatorAgreesWithTheDecimalOracle()
    {
        output.WriteLine($"seed {Seed + 2}");
        var random = new Random(Seed + 2);
        var exchange = CoinMExchange(random, 40);
        exchange.Venue.ShouldBe(BinanceVenue.CoinMFutures);
        var symbols = exchange.Symbols.ToArray();
        var valid = 0;
        var byCode = new Dictionary<string, int>();
        var notChecked = new Dictionary<string, int>();
        for (var i = 0; i < OrdersPerVenue; i++)
        {
            var rules = symbols[random.Next(symbols.Length)];
            var context = CoinMContext(random);
            var order = CoinMOrder(random, rules, context);
            var oracle = CoinMBothAgree(exchange, order, context, () => $"seed {Seed + 2}, order {i}: {order} with {context} on {rules.Info.ContractTypeText} {rules.Info.StatusText} delivery {rules.Info.DeliveryDate}");

            valid += oracle.IsValid ? 1 : 0;
            Count(byCode, oracle.Error is { } error ? $"{error.Code} {error.Message}" : null);
            foreach (var check in Enum.GetValues<FuturesPreflightChecks>())
            {
                Count(notChecked, check != FuturesPreflightChecks.None && oracle.NotChecked.HasFlag(check) ? check.ToString() : null);
            }
        }

        output.WriteLine($"{valid} valid; rejections: {string.Join("; ", byCode.OrderByDescending(p => p.Value).Select(p => $"{p.Key} ×{p.Value}"))}");
        output.WriteLine($"not checked: {string.Join("; ", notChecked.OrderByDescending(p => p.Value).Select(p => $"{p.Key} ×{p.Value}"))}");
        valid.ShouldBeGreaterThan(OrdersPerVenue / 20);
        foreach (var code in new[] { -4013, -4014, -4003, -4004, -4005, -4023, -4002, -4007, -4016, -4024, -4113, -4178, -2021, -1121, -1111, -1115, -1130, -1136, -4015, -4031, -4061, -4137, -2025, -4045 })
        {
            byCode.Keys.ShouldContain(k => k.StartsWith($"{code} ", StringComparison.Ordinal), $"no {code} in the generated set");
        }

        // The context-dependent COIN-M rules must also be met without their context, where both must say "not checked".
        foreach (var check in new[] { FuturesPreflightChecks.TriggerDirection, FuturesPreflightChecks.Delivery, FuturesPreflightChecks.PercentPrice, FuturesPreflightChecks.MarketPercentPrice, FuturesPreflightChecks.PositionMode, FuturesPreflightChecks.MaxNumAlgoOrders })
        {
            notChecked.ShouldContainKey(check.ToString());
        }
    }

    [Fact]
    public void CoinMFutures_OnTheBuiltInAndTheDocumentedExchangeInfo_ValidatorAgreesWithTheDecimalOracle()
    {
        // The same generator over real documents as the exchange serves them (data/exchange-info/coinm-default.json, the
        // documented sample with its comments and "OrderType" spelling, the fractional-contract variant): their quirks
        // reach both validators through the one reader.
        output.WriteLine($"seed {Seed + 3}");
        var random = new Random(Seed + 3);
        var exchanges = new[]
        {
            CoinM.CoinMExchangeFixture.Rules,
            CoinM.CoinMExchangeFixture.RulesWithFractionalContracts,
            FuturesExchangeRules.Compile(FuturesExchangeInfo.Load(CoinM.CoinMExchangeFixture.DocSamplePath)),
        };
        var valid = 0;
        for (var i = 0; i < 3000; i++)
        {
            var exchange = exchanges[random.Next(exchanges.Length)];
            exchange.Venue.ShouldBe(BinanceVenue.CoinMFutures);
            var symbols = exchange.Symbols.ToArray();
            var rules = symbols[random.Next(symbols.Length)];
            var context = CoinMContext(random);
            var order = CoinMOrder(random, rules, context);
            var oracle = CoinMBothAgree(exchange, order, context, () => $"seed {Seed + 3}, order {i}: {order} with {context}");

            valid += oracle.IsValid ? 1 : 0;
        }

        output.WriteLine($"{valid} valid");
        valid.ShouldBeGreaterThan(3000 / 20);
    }

    private static void Count(Dictionary<string, int> counts, string? key)
    {
        if (key is not null)
        {
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
    }

    // ---- Spot ----
    private static ExchangeRules SpotExchange(Random random, int count)
    {
        var symbols = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var tick = Pick(random, Ticks);
            var step = Pick(random, Steps);
            var filters = new List<string>
            {
                $$"""{"filterType":"PRICE_FILTER","minPrice":"{{Times(tick, random, [0, 1, 10, 1000])}}","maxPrice":"{{Pick(random, ["0", "1000000.00000000", "100000", "92233720368.54775807", i == 0 ? "99999999999999999999.99999999" : "50000"])}}","tickSize":"{{tick}}"}""",
                $$"""{"filterType":"LOT_SIZE","minQty":"{{Times(step, random, [0, 1, 10])}}","maxQty":"{{Pick(random, ["9000.00000000", "0", "100", "1000000"])}}","stepSize":"{{step}}"}""",
            };
            if (random.Next(2) == 0)
            {
                filters.Add($$"""{"filterType":"MARKET_LOT_SIZE","minQty":"{{Pick(random, ["0.00000000", "0.001", "1"])}}","maxQty":"{{Pick(random, ["124.08275397", "0", "10"])}}","stepSize":"{{Pick(random, ["0.00000000", "0.001", "0.5"])}}"}""");
            }

            filters.Add(random.Next(2) == 0
                ? $$"""{"filterType":"PERCENT_PRICE_BY_SIDE","bidMultiplierUp":"{{Pick(random, Multipliers)}}","bidMultiplierDown":"{{Pick(random, Multipliers)}}","askMultiplierUp":"{{Pick(random, Multipliers)}}","askMultiplierDown":"{{Pick(random, Multipliers)}}","avgPriceMins":5}"""
                : $$"""{"filterType":"PERCENT_PRICE","multiplierUp":"{{Pick(random, Multipliers)}}","multiplierDown":"{{Pick(random, Multipliers)}}","avgPriceMins":5}""");
            filters.Add(random.Next(2) == 0
                ? $$"""{"filterType":"NOTIONAL","minNotional":"{{Pick(random, Notionals)}}","applyMinToMarket":{{Bool(random)}},"maxNotional":"{{Pick(random, MaxNotionals)}}","applyMaxToMarket":{{Bool(random)}},"avgPriceMins":5}"""
                : $$"""{"filterType":"MIN_NOTIONAL","minNotional":"{{Pick(random, Notionals)}}","applyToMarket":{{Bool(random)}},"avgPriceMins":5}""");
            filters.Add($$"""{"filterType":"ICEBERG_PARTS","limit":{{Pick(random, ["2", "10", "100"])}}}""");
            filters.Add("""{"filterType":"TRAILING_DELTA","minTrailingAboveDelta":10,"maxTrailingAboveDelta":2000,"minTrailingBelowDelta":10,"maxTrailingBelowDelta":2000}""");
            filters.Add("""{"filterType":"MAX_NUM_ORDERS","maxNumOrders":200}""");
            filters.Add("""{"filterType":"MAX_NUM_ALGO_ORDERS","maxNumAlgoOrders":5}""");
            if (random.Next(4) == 0)
            {
                filters.Add("""{"filterType":"MAX_POSITION","maxPosition":"10.00000000"}""");
            }

            if (symbols.Length > 0)
            {
                symbols.Append(',');
            }

            symbols.Append(Filters.SyntheticExchange.Symbol($"S{i}USDT", $"[{string.Join(',', filters)}]", basePrecision: Pick(random, [8, 8, 8, 3, 0]), quotePrecision: Pick(random, [8, 8, 8, 2, 0])));
        }

        return Filters.SyntheticExchange.Compile(
            symbols.ToString(),
            """[{"filterType":"EXCHANGE_MAX_NUM_ORDERS","maxNumOrders":1000},{"filterType":"EXCHANGE_MAX_NUM_ALGO_ORDERS","maxNumAlgoOrders":200}]""");
    }

    private static OrderRequest SpotOrder(Random random, SymbolRules rules)
    {
        var type = Pick(random, ["LIMIT", "LIMIT", "LIMIT", "MARKET", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT", "LIMIT_MAKER"]);
        var price = SpotPrice(random, rules);
        var quantity = SpotQuantity(random, rules, price);
        var order = new OrderRequest { Symbol = rules.Symbol, Side = random.Next(2) == 0 ? "BUY" : "SELL", Type = type };
        order = type switch
        {
            "LIMIT" => order with { TimeInForce = Pick(random, ["GTC", "GTC", "IOC", "FOK"]), Price = price, Quantity = quantity },
            "MARKET" => random.Next(3) == 0 ? order with { QuoteOrderQty = Number(random, Anchor(random, [5m, 100m, 10.5m]), 0.01m) } : order with { Quantity = quantity },
            "STOP_LOSS" or "TAKE_PROFIT" => random.Next(4) == 0 ? order with { Quantity = quantity, TrailingDelta = Pick(random, ["10", "9", "2000", "2001", "500"]) } : order with { Quantity = quantity, StopPrice = price },
            "LIMIT_MAKER" => order with { Price = price, Quantity = quantity },
            _ => order with { TimeInForce = "GTC", Price = price, Quantity = quantity, StopPrice = SpotPrice(random, rules) },
        };
        if (type is "LIMIT" or "LIMIT_MAKER" && random.Next(5) == 0)
        {
            order = order with { TimeInForce = type == "LIMIT" ? "GTC" : null, IcebergQty = SpotQuantity(random, rules, price) };
        }

        return random.Next(40) switch
        {
            0 => order with { Side = "HOLD" },
            1 => order with { TimeInForce = null },
            2 => order with { Price = Pick(random, Malformed) },
            3 => order with { Quantity = Pick(random, Malformed) },
            _ => order,
        };
    }

    private static string SpotPrice(Random random, SymbolRules rules)
    {
        var filter = rules.Price!;
        var tick = filter.TickSize == 0 ? 0.01m : filter.TickSize;
        var anchor = Anchor(random, [filter.MinPrice, filter.MaxPrice, 30000m, 1.5m, 0.00123m, 30000m * 5, 30000m * 0.2m, 30000m * 1.05m, 30000m * 0.95m, 100m]);
        return Number(random, anchor, tick);
    }

    private static string SpotQuantity(Random random, SymbolRules rules, string price)
    {
        var lot = rules.LotSize!;
        var step = lot.StepSize == 0 ? 0.001m : lot.StepSize;
        var minNotional = rules.Notional?.MinNotional ?? rules.MinNotional?.MinNotional ?? 5m;
        var atNotional = decimal.TryParse(price, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p > 0 && p < 1e20m
            ? Math.Round(minNotional / p, 8) : 1m;
        var anchor = Anchor(random, [lot.MinQty, lot.MaxQty, atNotional, 0.001m, 1m, 0.1m, rules.MarketLotSize?.MaxQty ?? 1m]);
        return Number(random, anchor, step);
    }

    private static MarketContext SpotContext(Random random, SymbolRules rules)
    {
        if (random.Next(10) == 0)
        {
            return default;
        }

        var reference = random.Next(12) == 0 ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : Anchor(random, [30000m, 1.5m, 0.00123m, 100m, 29999.99m]);
        return new MarketContext
        {
            ReferencePrice = random.Next(8) == 0 ? null : reference,
            LastPrice = reference,
            BestBid = reference - 0.01m,
            BestAsk = reference + 0.01m,
            OpenOrders = random.Next(8) == 0 ? 200 : 3,
            OpenAlgoOrders = 0,
            OpenIcebergOrders = 0,
            ExchangeOpenOrders = 3,
            ExchangeOpenAlgoOrders = 0,
            Position = random.Next(3) == 0 ? null : Anchor(random, [0m, 9.999m, 10m]),
        };
    }

    // ---- USDⓈ-M ----
    private static FuturesExchangeRules FuturesExchange(Random random, int count)
    {
        var symbols = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var tick = Pick(random, ["0.10", "0.01", "0.001", "0.0001000", "0.5", "1", "0", "0.00001"]);
            var step = Pick(random, ["0.001", "1", "0.1", "0.01", "0", "0.00100000"]);
            var filters = string.Join(',',
                $$"""{"filterType":"PRICE_FILTER","minPrice":"{{Pick(random, ["261.10", "0.0100", "0", "0.5", "0.00100"])}}","maxPrice":"{{Pick(random, ["809484", "0", "1000000", i == 0 ? "99999999999999999999.99999999" : "200"])}}","tickSize":"{{tick}}"}""",
                $$"""{"filterType":"LOT_SIZE","minQty":"{{Pick(random, ["0.001", "1", "0.1", "0.003"])}}","maxQty":"{{Pick(random, ["1000", "0", "10000000"])}}","stepSize":"{{step}}"}""",
                $$"""{"filterType":"MARKET_LOT_SIZE","minQty":"{{Pick(random, ["0.001", "1"])}}","maxQty":"{{Pick(random, ["120", "0", "5"])}}","stepSize":"{{Pick(random, ["0.001", "1", "0.1"])}}"}""",
                """{"filterType":"MAX_NUM_ORDERS","limit":200}""",
                """{"filterType":"MAX_NUM_ALGO_ORDERS","limit":10}""",
                $$"""{"filterType":"MIN_NOTIONAL","notional":"{{Pick(random, ["100", "5", "5.0", "0.0001", "20"])}}"}""",
                $$"""{"filterType":"PERCENT_PRICE","multiplierUp":"{{Pick(random, ["1.0500", "1.15", "1.5"])}}","multiplierDown":"{{Pick(random, ["0.9500", "0.85", "0.5"])}}","multiplierDecimal":"4"}""");
            symbols.Add($$"""
                {"symbol":"F{{i}}USDT","pair":"F{{i}}USDT","contractType":"PERPETUAL","status":"TRADING","baseAsset":"F","quoteAsset":"USDT","marginAsset":"USDT",
                 "pricePrecision":{{Pick(random, [8, 8, 8, 2, 0])}},"quantityPrecision":{{Pick(random, [8, 8, 8, 3, 0])}},"filters":[{{filters}}],
                 "orderTypes":["LIMIT","MARKET","STOP","STOP_MARKET","TAKE_PROFIT","TAKE_PROFIT_MARKET","TRAILING_STOP_MARKET"],
                 "timeInForce":["GTC","IOC","FOK","GTX","GTD"]}
                """);
        }

        return FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse($$"""{"timezone":"UTC","serverTime":1,"rateLimits":[],"exchangeFilters":[],"symbols":[{{string.Join(',', symbols)}}]}"""));
    }

    private static FuturesOrderRequest FuturesOrder(Random random, FuturesSymbolRules rules)
    {
        var price = FuturesPrice(random, rules);
        var order = new FuturesOrderRequest
        {
            Symbol = rules.Symbol,
            Side = random.Next(2) == 0 ? "BUY" : "SELL",
            Quantity = FuturesQuantity(random, rules, price),
            ReduceOnly = random.Next(6) == 0 ? "true" : null,
        };
        order = random.Next(3) == 0 ? order with { Type = "MARKET" } : order with { Type = "LIMIT", TimeInForce = Pick(random, ["GTC", "GTC", "IOC", "GTX"]), Price = price };
        return random.Next(30) switch
        {
            0 => order with { Price = Pick(random, Malformed) },
            1 => order with { Quantity = Pick(random, Malformed) },
            2 => order with { Type = "STOP_MARKET", StopPrice = price },
            3 => order with { NewClientOrderId = "bad id!" },
            _ => order,
        };
    }

    private static FuturesAlgoOrderRequest FuturesAlgo(Random random, FuturesSymbolRules rules)
    {
        var price = FuturesPrice(random, rules);
        var type = Pick(random, ["STOP", "STOP_MARKET", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"]);
        var order = new FuturesAlgoOrderRequest
        {
            AlgoType = "CONDITIONAL",
            Symbol = rules.Symbol,
            Side = random.Next(2) == 0 ? "BUY" : "SELL",
            Type = type,
            Quantity = FuturesQuantity(random, rules, price),
        };
        order = type switch
        {
            "STOP" or "TAKE_PROFIT" => order with { Price = price, TriggerPrice = FuturesPrice(random, rules), TimeInForce = "GTC" },
            "TRAILING_STOP_MARKET" => order with { ActivatePrice = random.Next(2) == 0 ? null : price, CallbackRate = Pick(random, ["1", "0.1", "10", "0.05", "10.1", "2.55", "abc"]) },
            _ => order with { TriggerPrice = price },
        };
        return random.Next(20) == 0 ? order with { TriggerPrice = Pick(random, Malformed) } : order;
    }

    private static string FuturesPrice(Random random, FuturesSymbolRules rules)
    {
        var filter = rules.Price!;
        var tick = filter.TickSize == 0 ? 0.01m : filter.TickSize;
        var anchor = Anchor(random, [filter.MinPrice, filter.MaxPrice, 60000m, 60000m * 1.05m, 60000m * 0.95m, 60000m * 1.15m, 60000m * 0.85m, 1.5m, 100m, filter.MinPrice + tick]);
        return Number(random, anchor, tick);
    }

    private static string FuturesQuantity(Random random, FuturesSymbolRules rules, string price)
    {
        var lot = rules.LotSize!;
        var step = lot.StepSize == 0 ? 0.001m : lot.StepSize;
        var minNotional = rules.MinNotional?.Notional ?? 5m;
        var atNotional = decimal.TryParse(price, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var p) && p > 0 && p < 1e20m
            ? Math.Round(minNotional / p, 8) : 1m;
        var anchor = Anchor(random, [lot.MinQty, lot.MaxQty, atNotional, rules.MarketLotSize?.MaxQty ?? 1m, 0.002m, lot.MinQty + step]);
        return Number(random, anchor, step);
    }

    private static FuturesMarketContext FuturesContext(Random random, FuturesSymbolRules rules)
    {
        if (random.Next(10) == 0)
        {
            return default;
        }

        var awkward = random.Next(12) == 0;
        var mark = awkward ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : Anchor(random, [60000m, 1.5m, 100m, 59999.9m]);
        return new FuturesMarketContext
        {
            MarkPrice = random.Next(8) == 0 ? null : mark,
            LastPrice = mark,
            BestBid = awkward || random.Next(12) == 0 ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : mark * Pick(random, [0.9m, 0.99m, 1m, 0.8m]),
            BestAsk = awkward || random.Next(12) == 0 ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : mark * Pick(random, [1.1m, 1.01m, 1m, 1.2m]),
            DualSidePosition = random.Next(4) == 0 ? null : false,
            OpenOrders = random.Next(10) == 0 ? 200 : 3,
            OpenAlgoOrders = random.Next(10) == 0 ? 10 : 0,
        };
    }

    // ---- COIN-M ----
    private static readonly DateTimeOffset CoinMNow = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// COIN-M symbols: contracts of 100 or 10 USD (quantities in whole contracts, some in tenths so that -4178 is
    /// reachable past LOT_SIZE), perpetuals and quarterlies delivered a millisecond before, at or after now, contracts
    /// not trading, PERCENT_PRICE bands, and now and then the old MAX_NUM_ALGO_ORDERS filter.
    /// </summary>
    private static FuturesExchangeRules CoinMExchange(Random random, int count)
    {
        var symbols = new List<string>();
        var nowMs = CoinMNow.ToUnixTimeMilliseconds();
        for (var i = 0; i < count; i++)
        {
            var tick = Pick(random, ["0.1", "0.01", "0.001", "0.0001000", "1", "0.5", "0"]);
            var fractional = random.Next(4) == 0;
            var step = fractional ? Pick(random, ["0.1", "0.01", "0.5"]) : Pick(random, ["1", "1", "1", "0", "10"]);
            var minQty = fractional ? Pick(random, ["0.1", "0.01", "0.5", "1"]) : Pick(random, ["1", "1", "0", "2"]);
            var filters = new List<string>
            {
                $$"""{"filterType":"PRICE_FILTER","minPrice":"{{Pick(random, ["1000", "0.0010", "0", "0.5", "100"])}}","maxPrice":"{{Pick(random, ["4520958", "0", "100000", i == 0 ? "99999999999999999999.99999999" : "200"])}}","tickSize":"{{tick}}"}""",
                $$"""{"filterType":"LOT_SIZE","minQty":"{{minQty}}","maxQty":"{{Pick(random, ["1000000", "0", "100"])}}","stepSize":"{{step}}"}""",
                $$"""{"filterType":"MARKET_LOT_SIZE","minQty":"{{minQty}}","maxQty":"{{Pick(random, ["60000", "0", "5"])}}","stepSize":"{{step}}"}""",
                """{"filterType":"MAX_NUM_ORDERS","limit":200}""",
                $$"""{"filterType":"PERCENT_PRICE","multiplierUp":"{{Pick(random, ["1.0500", "1.15", "1.5"])}}","multiplierDown":"{{Pick(random, ["0.9500", "0.85", "0.5"])}}","multiplierDecimal":4}""",
            };
            if (random.Next(3) == 0)
            {
                filters.Add("""{"filterType":"MAX_NUM_ALGO_ORDERS","limit":10}""");
            }

            var perpetual = random.Next(2) == 0;
            var contractType = perpetual ? "PERPETUAL" : Pick(random, ["CURRENT_QUARTER", "NEXT_QUARTER", "PERPETUAL_DELIVERING", "CURRENT_MONTH", "SOMETHING_NEW"]);
            var delivery = perpetual ? 4133404800000 : nowMs + Pick(random, [-86_400_000L, -1L, 0L, 1L, 86_400_000L, 86_400_000L * 90, 86_400_000L * 90, 86_400_000L * 180]);
            var status = random.Next(8) == 0 ? Pick(random, ["PENDING_TRADING", "DELIVERING", "DELIVERED", "SETTLING", "CLOSE", "PRE_DELIVERING", "NEW_STATUS"]) : "TRADING";
            var timeInForce = random.Next(4) == 0 ? "\"GTC\",\"IOC\",\"FOK\",\"GTX\",\"GTD\"" : "\"GTC\",\"IOC\",\"FOK\",\"GTX\"";
            symbols.Add($$"""
                {"symbol":"C{{i}}USD_{{(perpetual ? "PERP" : "261225")}}","pair":"C{{i}}USD","contractType":"{{contractType}}","deliveryDate":{{delivery}},"onboardDate":1597042800000,
                 "contractStatus":"{{status}}","contractSize":{{Pick(random, [100, 10, 10])}},"marginAsset":"C{{i}}","baseAsset":"C{{i}}","quoteAsset":"USD",
                 "pricePrecision":{{Pick(random, [8, 8, 8, 4, 1, 0])}},"quantityPrecision":{{(fractional ? Pick(random, [1, 2, 3]) : Pick(random, [0, 0, 0, 8]))}},"filters":[{{string.Join(',', filters)}}],
                 "orderTypes":["LIMIT","MARKET","STOP","STOP_MARKET","TAKE_PROFIT","TAKE_PROFIT_MARKET","TRAILING_STOP_MARKET"],
                 "timeInForce":[{{timeInForce}}]}
                """);
        }

        return FuturesExchangeRules.Compile(FuturesExchangeInfo.Parse($$"""{"timezone":"UTC","serverTime":1,"rateLimits":[],"exchangeFilters":[],"symbols":[{{string.Join(',', symbols)}}]}"""));
    }

    /// <summary>
    /// A COIN-M order: every type on <c>/dapi/v1/order</c>, triggers and activation prices on, a tick beside and far
    /// from the last and the mark price, working types, reduce-only and closePosition, callbackRate around COIN-M's 10,
    /// and now and then what COIN-M does not take (GTD, goodTillDate, an unknown priceMatch or STP mode).
    /// </summary>
    private static FuturesOrderRequest CoinMOrder(Random random, FuturesSymbolRules rules, FuturesMarketContext context)
    {
        var price = CoinMPrice(random, rules, context);
        var type = Pick(random, ["LIMIT", "LIMIT", "LIMIT", "MARKET", "MARKET", "STOP", "STOP_MARKET", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"]);
        var order = new FuturesOrderRequest
        {
            Symbol = rules.Symbol,
            Side = random.Next(2) == 0 ? "BUY" : "SELL",
            Type = type,
            Quantity = CoinMQuantity(random, rules),
            ReduceOnly = Pick(random, [null, null, null, null, "true", "false"]),
            WorkingType = type is "LIMIT" or "MARKET" ? null : Pick(random, [null, null, "MARK_PRICE", "CONTRACT_PRICE"]),
        };
        order = type switch
        {
            "LIMIT" => order with { TimeInForce = Pick(random, ["GTC", "GTC", "IOC", "GTX", "FOK"]), Price = price },
            "MARKET" => order,
            "STOP" or "TAKE_PROFIT" => order with { TimeInForce = "GTC", Price = price, StopPrice = CoinMTrigger(random, rules, context) },
            "TRAILING_STOP_MARKET" => order with
            {
                ActivationPrice = random.Next(3) == 0 ? null : CoinMTrigger(random, rules, context),
                CallbackRate = Pick(random, ["1", "0.1", "10", "10.0", "10.01", "0.09", "20", "5", "abc"]),
            },
            _ => random.Next(5) == 0
                ? order with { StopPrice = CoinMTrigger(random, rules, context), Quantity = null, ReduceOnly = null, ClosePosition = "true" }
                : order with { StopPrice = CoinMTrigger(random, rules, context) },
        };
        if (context.DualSidePosition == true && random.Next(4) != 0)
        {
            order = order with { PositionSide = Pick(random, ["LONG", "SHORT"]), ReduceOnly = null };
        }

        return random.Next(40) switch
        {
            0 => order with { Price = Pick(random, Malformed) },
            1 => order with { Quantity = Pick(random, Malformed) },
            2 => order with { TimeInForce = "GTD" },
            3 => order with { GoodTillDate = "1800000000000" },
            4 => order with { PriceMatch = Pick(random, ["OPPONENT", "QUEUE_5", "BEST"]), Price = null },
            5 => order with { SelfTradePreventionMode = Pick(random, ["EXPIRE_TAKER", "EXPIRE_NONE"]) },
            6 => order with { WorkingType = "LAST_PRICE" },
            7 => order with { PositionSide = "BOTH" },
            8 => order with { NewClientOrderId = Pick(random, ["bad id!", "", new string('x', 37), "x-1:2/3.4_5"]) },
            9 => order with { PriceProtect = Pick(random, ["TRUE", "false", "yes"]), NewOrderRespType = Pick(random, ["ACK", "RESULT", "FULL"]) },
            10 => order with { ClosePosition = "true" },
            _ => order,
        };
    }

    private static string CoinMPrice(Random random, FuturesSymbolRules rules, FuturesMarketContext context)
    {
        var filter = rules.Price!;
        var tick = filter.TickSize == 0 ? 0.01m : filter.TickSize;
        var mark = context.MarkPrice is { } m and > 0 and < 1_000_000m ? m : 60000m;
        var up = rules.PercentPrice?.MultiplierUp ?? 1.05m;
        var down = rules.PercentPrice?.MultiplierDown ?? 0.95m;
        var anchor = Anchor(random, [filter.MinPrice, filter.MaxPrice, mark, mark * up, mark * down, 60000m, 1.5m, filter.MinPrice + tick]);
        return Number(random, Math.Round(anchor, 8), tick);
    }

    /// <summary>A trigger or activation price on, a tick beside, or away from the last or the mark price.</summary>
    private static string CoinMTrigger(Random random, FuturesSymbolRules rules, FuturesMarketContext context)
    {
        var tick = rules.Price!.TickSize == 0 ? 0.01m : rules.Price.TickSize;
        var working = random.Next(2) == 0 ? context.LastPrice : context.MarkPrice;
        var anchor = working is { } w and > 0 and < 1_000_000m ? w : 60000m;
        return random.Next(6) switch
        {
            0 => Number(random, anchor, tick),
            1 => (anchor + tick).ToString(CultureInfo.InvariantCulture),
            2 => (anchor - tick).ToString(CultureInfo.InvariantCulture),
            3 => anchor.ToString(CultureInfo.InvariantCulture),
            4 => (Math.Round(anchor * Pick(random, [1.02m, 0.98m, 1.1m, 0.9m]) / tick, 0) * tick).ToString(CultureInfo.InvariantCulture),
            _ => CoinMPrice(random, rules, context),
        };
    }

    /// <summary>Contracts: one, just below one (-4178 where the step allows it), zero, the lot bounds, and steps beside them.</summary>
    private static string CoinMQuantity(Random random, FuturesSymbolRules rules)
    {
        var lot = rules.LotSize!;
        var step = lot.StepSize == 0 ? 1m : lot.StepSize;
        var anchor = Anchor(random, [1m, 1m, 0.9m, 0.99m, 0.5m, lot.MinQty, lot.MaxQty, rules.MarketLotSize?.MaxQty ?? 1m, 2m, lot.MinQty + step]);
        return random.Next(4) == 0 ? anchor.ToString(CultureInfo.InvariantCulture) : Number(random, anchor, step);
    }

    /// <summary>Mark and last price apart or equal (the trigger follows the working type), awkward values, missing ones, Hedge Mode, full counts.</summary>
    private static FuturesMarketContext CoinMContext(Random random)
    {
        if (random.Next(12) == 0)
        {
            return default;
        }

        var awkward = random.Next(12) == 0;
        var mark = awkward ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : Anchor(random, [60000m, 1.5m, 3000.25m, 59999.9m, 100m]);
        var last = awkward ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : random.Next(3) == 0 ? mark : mark * Pick(random, [1.001m, 0.999m, 1.01m, 0.99m]);
        return new FuturesMarketContext
        {
            MarkPrice = random.Next(8) == 0 ? null : mark,
            LastPrice = random.Next(8) == 0 ? null : last,
            BestBid = awkward || random.Next(12) == 0 ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : mark * Pick(random, [0.9m, 0.99m, 1m, 0.8m]),
            BestAsk = awkward || random.Next(12) == 0 ? AwkwardPrices[random.Next(AwkwardPrices.Length)] : mark * Pick(random, [1.1m, 1.01m, 1m, 1.2m]),
            DualSidePosition = Pick<bool?>(random, [null, false, false, true]),
            OpenOrders = random.Next(10) == 0 ? 200 : 3,
            OpenAlgoOrders = random.Next(6) == 0 ? 10 : random.Next(8) == 0 ? null : 0,
            AccountOpenAlgoOrders = random.Next(10) == 0 ? 500 : 0,
            Now = random.Next(6) == 0 ? null : CoinMNow,
        };
    }

    // ---- Numbers on, next to and far from the boundaries ----
    private static decimal Anchor(Random random, decimal[] anchors) => anchors[random.Next(anchors.Length)];

    /// <summary>A number near <paramref name="anchor"/>: on it, a unit either side, a tenth of a unit off, far away, or malformed.</summary>
    private static string Number(Random random, decimal anchor, decimal unit)
    {
        var value = random.Next(12) switch
        {
            0 or 1 or 2 => anchor,
            3 => anchor + unit,
            4 => anchor - unit,
            5 => anchor + (unit / 10),
            6 => anchor - (unit / 10),
            7 => anchor * 1000,
            8 => Math.Round(anchor * (decimal)random.NextDouble() * 2, random.Next(0, 9)),
            9 => unit * random.Next(0, 100_000),
            10 => unit,
            _ => -1m,
        };
        if (value == -1m || random.Next(30) == 0)
        {
            return Malformed[random.Next(Malformed.Length)];
        }

        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return random.Next(5) switch
        {
            0 => text + (text.Contains('.', StringComparison.Ordinal) ? "" : ".") + new string('0', random.Next(1, 10)),
            1 => "00" + text,
            _ => text,
        };
    }

    private static string Times(string unit, Random random, int[] factors) =>
        (decimal.Parse(unit, CultureInfo.InvariantCulture) * factors[random.Next(factors.Length)]).ToString("0.########", CultureInfo.InvariantCulture);

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    private static string Bool(Random random) => random.Next(2) == 0 ? "true" : "false";

    // ---- Results compared field by field, decimals to their scale ----
    /// <summary>Validates a COIN-M order with the product and the decimal oracle; fails, naming the case, when they disagree.</summary>
    private static OracleFuturesOrderValidation CoinMBothAgree(FuturesExchangeRules exchange, FuturesOrderRequest order, FuturesMarketContext context, Func<string> where)
    {
        var product = CoinMOrderValidator.Validate(exchange, order, context);
        var oracle = DecimalFuturesOrderValidator.Validate(exchange, order, context);
        var expected = Describe(oracle);
        var actual = Describe(product);
        if (actual != expected)
        {
            Assert.Fail($"{where()}\n oracle:  {expected}\n product: {actual}");
        }

        return oracle;
    }

    private static string Describe(in OrderValidation v) => Describe(OracleOrderValidation.Of(v));

    private static string Describe(OracleOrderValidation v) =>
        $"{v.Error?.Code} {v.Error?.Message} | {v.NotChecked} | {v.Rules?.Symbol} | {v.Order.Side} {v.Order.Type} {v.Order.TimeInForce} "
        + $"q={D(v.Order.Quantity)} qq={D(v.Order.QuoteOrderQty)} p={D(v.Order.Price)} sp={D(v.Order.StopPrice)} td={v.Order.TrailingDelta} iq={D(v.Order.IcebergQty)}";

    private static string Describe(in FuturesOrderValidation v) => Describe(OracleFuturesOrderValidation.Of(v));

    private static string Describe(OracleFuturesOrderValidation v) =>
        $"{v.Error?.Code} {v.Error?.Message} | {v.NotChecked} | {v.Rules?.Symbol} | {v.Order.Side} {v.Order.Type} {v.Order.PositionSide} {v.Order.TimeInForce} "
        + $"q={D(v.Order.Quantity)} p={D(v.Order.Price)} sp={D(v.Order.StopPrice)} ap={D(v.Order.ActivationPrice)} cr={D(v.Order.CallbackRate)} "
        + $"ro={v.Order.ReduceOnly} cp={v.Order.ClosePosition} gtd={v.Order.GoodTillDate}";

    private static string Describe(OrderRequest o) => o.ToString();

    private static string D(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
