using BinanceErrors.Preflight.Tests.Validation;

namespace BinanceErrors.Preflight.Tests.Filters;

/// <summary>
/// Every filter at its limit, and one tick or step either side: the exchange accepts a value equal to a minimum or
/// maximum and rejects the next one out. Fixture symbols: BTCUSDT (price 0.01..1000000 tick 0.01, qty
/// 0.00001..9000 step 0.00001, NOTIONAL 5..9000000, ICEBERG_PARTS 100, MARKET_LOT_SIZE max 124.08275397,
/// TRAILING_DELTA 10..2000), ETHBTC (PERCENT_PRICE 0.2..5, MIN_NOTIONAL 0.0001), ETHUSDT (MAX_POSITION 10000).
/// </summary>
public sealed class FilterBoundaryTests
{
    private static readonly OrderRequest Limit = ExchangeFixture.ValidLimit;
    private static readonly MarketContext Full = ExchangeFixture.FullContext;
    private static readonly MarketContext NoReference = Full with { ReferencePrice = null };

    private static OrderRequest Stop(string side, string type, string stopPrice) => new()
    {
        Symbol = "BTCUSDT", Side = side, Type = type, TimeInForce = "GTC", Price = stopPrice, StopPrice = stopPrice, Quantity = "0.001",
    };

    private static OrderRequest Market(string symbol, string quantity, string side = "SELL") => new() { Symbol = symbol, Side = side, Type = "MARKET", Quantity = quantity };

    private static OrderRequest EthBtc(string price, string quantity, string side = "BUY") => new()
    {
        Symbol = "ETHBTC", Side = side, Type = "LIMIT", TimeInForce = "GTC", Price = price, Quantity = quantity,
    };

    public static TheoryData<string, OrderRequest, MarketContext, string?> Fixture() => new()
    {
        // PRICE_FILTER: minPrice 0.01 (quantity 500 keeps the notional at exactly 5), maxPrice 1000000, tickSize 0.01.
        { "price at minPrice", Limit with { Price = "0.01", Quantity = "500" }, NoReference, null },
        { "price one tick below minPrice", Limit with { Price = "0.00", Quantity = "500" }, NoReference, "Filter failure: PRICE_FILTER" },
        { "price a fraction below minPrice", Limit with { Price = "0.009", Quantity = "600" }, NoReference, "Filter failure: PRICE_FILTER" },
        { "price at maxPrice", Limit with { Price = "1000000" }, NoReference, null },
        { "price one tick above maxPrice", Limit with { Price = "1000000.01" }, NoReference, "Filter failure: PRICE_FILTER" },
        { "price on tick", Limit with { Price = "30000.02" }, Full, null },
        { "price half a tick off", Limit with { Price = "30000.025" }, Full, "Filter failure: PRICE_FILTER" },
        { "stopPrice at maxPrice", Stop("BUY", "STOP_LOSS_LIMIT", "1000000"), NoReference, null },
        { "stopPrice one tick above maxPrice", Stop("BUY", "STOP_LOSS_LIMIT", "1000000") with { StopPrice = "1000000.01" }, NoReference, "Filter failure: PRICE_FILTER" },
        { "stopPrice below minPrice", Stop("SELL", "STOP_LOSS", "0.001") with { TimeInForce = null, Price = null }, NoReference, "Filter failure: PRICE_FILTER" },

        // PERCENT_PRICE_BY_SIDE (BTCUSDT, reference 30000): bid 0.2..5 → 6000..150000.
        { "bid at reference × multiplierUp", Limit with { Price = "150000" }, Full, null },
        { "bid one tick above reference × multiplierUp", Limit with { Price = "150000.01" }, Full, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "bid at reference × multiplierDown", Limit with { Price = "6000" }, Full, null },
        { "bid one tick below reference × multiplierDown", Limit with { Price = "5999.99" }, Full, "Filter failure: PERCENT_PRICE_BY_SIDE" },

        // PERCENT_PRICE (ETHBTC, reference 0.05): 0.01..0.25 for either side.
        { "PERCENT_PRICE at the top", EthBtc("0.25", "1"), Full with { ReferencePrice = 0.05m }, null },
        { "PERCENT_PRICE one tick above", EthBtc("0.25001", "1"), Full with { ReferencePrice = 0.05m }, "Filter failure: PERCENT_PRICE" },
        { "PERCENT_PRICE at the bottom", EthBtc("0.01", "1", "SELL"), Full with { ReferencePrice = 0.05m }, null },
        { "PERCENT_PRICE one tick below", EthBtc("0.00999", "1", "SELL"), Full with { ReferencePrice = 0.05m }, "Filter failure: PERCENT_PRICE" },

        // LOT_SIZE: minQty 0.00001, maxQty 9000, stepSize 0.00001.
        { "quantity at minQty", Limit with { Price = "1000000", Quantity = "0.00001" }, NoReference, null },
        { "quantity one step below minQty", Limit with { Price = "1000000", Quantity = "0.00000" }, NoReference, "Filter failure: LOT_SIZE" },
        { "quantity at maxQty", Limit with { Price = "1000", Quantity = "9000" }, NoReference, null },
        { "quantity one step above maxQty", Limit with { Price = "1", Quantity = "9000.00001" }, NoReference, "Filter failure: LOT_SIZE" },
        { "quantity half a step off", Limit with { Quantity = "0.001005" }, Full, "Filter failure: LOT_SIZE" },
        { "icebergQty on step", Limit with { Quantity = "0.01", IcebergQty = "0.00999" }, Full, null },
        { "icebergQty below minQty", Limit with { Quantity = "0.01", IcebergQty = "0.000001" }, Full, "Filter failure: LOT_SIZE" },

        // MARKET_LOT_SIZE: maxQty 124.08275397; LOT_SIZE still applies to MARKET orders.
        { "MARKET quantity at the last step under market maxQty", Market("BTCUSDT", "124.08275"), Full, null },
        { "MARKET quantity one step above market maxQty", Market("BTCUSDT", "124.08276"), Full, "Filter failure: MARKET_LOT_SIZE" },
        { "LIMIT quantity above market maxQty", Limit with { Price = "1000", Quantity = "200" }, NoReference, null },
        { "MARKET quantity off the LOT_SIZE step", Market("BTCUSDT", "1.000005"), Full, "Filter failure: LOT_SIZE" },

        // ICEBERG_PARTS: limit 100 → quantity / icebergQty rounded up may be 100, not 101.
        { "iceberg in exactly 100 parts", Limit with { Quantity = "1", IcebergQty = "0.01" }, Full, null },
        { "iceberg in 101 parts after rounding up", Limit with { Quantity = "1", IcebergQty = "0.00999" }, Full, "Filter failure: ICEBERG_PARTS" },

        // NOTIONAL (BTCUSDT): minNotional 5, maxNotional 9000000 (applied to LIMIT orders).
        { "notional at minNotional", Limit with { Price = "50000", Quantity = "0.0001" }, NoReference, null },
        { "notional just below minNotional", Limit with { Price = "49999.99", Quantity = "0.0001" }, NoReference, "Filter failure: NOTIONAL" },
        { "notional at maxNotional", Limit with { Price = "1000", Quantity = "9000" }, NoReference, null },
        { "notional one tick above maxNotional", Limit with { Price = "1000.01", Quantity = "8999.99" }, NoReference, "Filter failure: NOTIONAL" },
        { "MARKET notional from reference at minNotional", Market("BTCUSDT", "0.0001"), Full with { ReferencePrice = 50000m }, null },
        { "MARKET notional from reference below minNotional", Market("BTCUSDT", "0.0001"), Full with { ReferencePrice = 49999.99m }, "Filter failure: NOTIONAL" },
        { "MARKET above maxNotional (applyMaxToMarket false)", Market("BTCUSDT", "100"), Full with { ReferencePrice = 1000000m }, null },
        { "MARKET quoteOrderQty at minNotional", new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "5" }, Full, null },
        { "STOP_LOSS notional from its stopPrice", Stop("SELL", "STOP_LOSS", "29999.99") with { TimeInForce = null, Price = null, Quantity = "0.0001" }, Full with { ReferencePrice = 1000000m }, "Filter failure: NOTIONAL" },
        { "TAKE_PROFIT notional from its stopPrice", Stop("SELL", "TAKE_PROFIT", "50000") with { TimeInForce = null, Price = null, Quantity = "0.0001" }, Full with { ReferencePrice = 1m }, null },

        // MIN_NOTIONAL (ETHBTC): 0.0001, applied to MARKET orders too.
        { "MIN_NOTIONAL at the minimum", EthBtc("0.05", "0.002"), Full with { ReferencePrice = 0.05m }, null },
        { "MIN_NOTIONAL one step below", EthBtc("0.05", "0.0019"), Full with { ReferencePrice = 0.05m }, "Filter failure: MIN_NOTIONAL" },
        { "MIN_NOTIONAL on a MARKET order", Market("ETHBTC", "0.0019"), Full with { ReferencePrice = 0.05m }, "Filter failure: MIN_NOTIONAL" },

        // TRAILING_DELTA: 10..2000 both ways.
        { "trailingDelta at the minimum", Stop("SELL", "STOP_LOSS_LIMIT", "29000") with { StopPrice = null, TrailingDelta = "10" }, Full, null },
        { "trailingDelta one below the minimum", Stop("SELL", "STOP_LOSS_LIMIT", "29000") with { StopPrice = null, TrailingDelta = "9" }, Full, "Filter failure: TRAILING_DELTA" },
        { "trailingDelta at the maximum", Stop("BUY", "STOP_LOSS_LIMIT", "31000") with { StopPrice = null, TrailingDelta = "2000" }, Full, null },
        { "trailingDelta one above the maximum", Stop("BUY", "STOP_LOSS_LIMIT", "31000") with { StopPrice = null, TrailingDelta = "2001" }, Full, "Filter failure: TRAILING_DELTA" },

        // Open-order counts: one more order must still fit.
        { "MAX_NUM_ORDERS with room for one", Limit, Full with { OpenOrders = 199 }, null },
        { "MAX_NUM_ORDERS full", Limit, Full with { OpenOrders = 200 }, "Filter failure: MAX_NUM_ORDERS" },
        { "MAX_NUM_ALGO_ORDERS with room for one", Stop("BUY", "STOP_LOSS_LIMIT", "31000"), Full with { OpenAlgoOrders = 4 }, null },
        { "MAX_NUM_ALGO_ORDERS full", Stop("BUY", "STOP_LOSS_LIMIT", "31000"), Full with { OpenAlgoOrders = 5 }, "Filter failure: MAX_NUM_ALGO_ORDERS" },
        { "MAX_NUM_ALGO_ORDERS ignores plain LIMIT orders", Limit, Full with { OpenAlgoOrders = 5, ExchangeOpenAlgoOrders = 200 }, null },
        { "MAX_NUM_ICEBERG_ORDERS with room for one", Limit with { Quantity = "0.01", IcebergQty = "0.001" }, Full with { OpenIcebergOrders = 99 }, null },
        { "MAX_NUM_ICEBERG_ORDERS ignores non-iceberg orders", Limit, Full with { OpenIcebergOrders = 100, ExchangeOpenIcebergOrders = 10000 }, null },
        { "MAX_NUM_ICEBERG_ORDERS ignores an icebergQty of 0", Limit with { IcebergQty = "0" }, Full with { OpenIcebergOrders = 100, ExchangeOpenIcebergOrders = 10000 }, null },
        { "MAX_NUM_ICEBERG_ORDERS full", Limit with { Quantity = "0.01", IcebergQty = "0.001" }, Full with { OpenIcebergOrders = 100 }, "Filter failure: MAX_NUM_ICEBERG_ORDERS" },
        { "EXCHANGE_MAX_NUM_ICEBERG_ORDERS full", Limit with { Quantity = "0.01", IcebergQty = "0.001" }, Full with { ExchangeOpenIcebergOrders = 10000 }, "Filter failure: EXCHANGE_MAX_NUM_ICEBERG_ORDERS" },
        { "EXCHANGE_MAX_NUM_ORDERS with room for one", Limit, Full with { ExchangeOpenOrders = 999 }, null },
        { "EXCHANGE_MAX_NUM_ALGO_ORDERS with room for one", Stop("BUY", "STOP_LOSS_LIMIT", "31000"), Full with { ExchangeOpenAlgoOrders = 199 }, null },
        { "EXCHANGE_MAX_NUM_ICEBERG_ORDERS with room for one", Limit with { Quantity = "0.01", IcebergQty = "0.001" }, Full with { ExchangeOpenIcebergOrders = 9999 }, null },

        // MAX_POSITION (ETHUSDT 10000): BUY orders only; position + quantity may equal it.
        { "position reaching MAX_POSITION exactly", new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "3000", Quantity = "1" }, Full with { ReferencePrice = 3000m, Position = 9999m }, null },
        { "position one step over MAX_POSITION", new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "3000", Quantity = "1.0001" }, Full with { ReferencePrice = 3000m, Position = 9999m }, "Filter failure: MAX_POSITION" },
        { "SELL is not limited by MAX_POSITION", new OrderRequest { Symbol = "ETHUSDT", Side = "SELL", Type = "LIMIT", TimeInForce = "GTC", Price = "3000", Quantity = "2" }, Full with { ReferencePrice = 3000m, Position = 9999m }, null },
        { "MARKET quoteOrderQty over MAX_POSITION at the reference price", new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "3000.3" }, Full with { ReferencePrice = 3000m, Position = 9999m }, "Filter failure: MAX_POSITION" },
        { "MARKET quoteOrderQty reaching MAX_POSITION exactly", new OrderRequest { Symbol = "ETHUSDT", Side = "BUY", Type = "MARKET", QuoteOrderQty = "3000" }, Full with { ReferencePrice = 3000m, Position = 9999m }, null },

        // Trigger direction against the last price (30000): equal triggers immediately.
        { "BUY STOP_LOSS_LIMIT stop at the last price", Stop("BUY", "STOP_LOSS_LIMIT", "30000"), Full, "Order would trigger immediately." },
        { "BUY STOP_LOSS_LIMIT stop one tick above", Stop("BUY", "STOP_LOSS_LIMIT", "30000.01"), Full, null },
        { "SELL STOP_LOSS_LIMIT stop at the last price", Stop("SELL", "STOP_LOSS_LIMIT", "30000"), Full, "Order would trigger immediately." },
        { "SELL STOP_LOSS_LIMIT stop one tick below", Stop("SELL", "STOP_LOSS_LIMIT", "29999.99"), Full, null },
        { "BUY TAKE_PROFIT_LIMIT stop at the last price", Stop("BUY", "TAKE_PROFIT_LIMIT", "30000"), Full, "Order would trigger immediately." },
        { "BUY TAKE_PROFIT_LIMIT stop one tick below", Stop("BUY", "TAKE_PROFIT_LIMIT", "29999.99"), Full, null },
        { "SELL TAKE_PROFIT stop one tick above", Stop("SELL", "TAKE_PROFIT", "30000.01") with { TimeInForce = null, Price = null }, Full, null },
        { "SELL TAKE_PROFIT stop at the last price", Stop("SELL", "TAKE_PROFIT", "30000") with { TimeInForce = null, Price = null }, Full, "Order would trigger immediately." },

        // LIMIT_MAKER against the book (bid 29999.99, ask 30000.02): equal crosses.
        { "LIMIT_MAKER BUY one tick under the ask", Limit with { Type = "LIMIT_MAKER", TimeInForce = null, Price = "30000.01" }, Full, null },
        { "LIMIT_MAKER SELL one tick over the bid", Limit with { Type = "LIMIT_MAKER", Side = "SELL", TimeInForce = null, Price = "30000" }, Full, null },
        { "LIMIT_MAKER SELL under the bid", Limit with { Type = "LIMIT_MAKER", Side = "SELL", TimeInForce = null, Price = "29999.98" }, Full, "Order would immediately match and take." },
        { "LIMIT_MAKER BUY over the ask", Limit with { Type = "LIMIT_MAKER", TimeInForce = null, Price = "30000.03" }, Full, "Order would immediately match and take." },

        // Iceberg rules: icebergQty must be below quantity; 0 means no iceberg.
        { "icebergQty one step below quantity", Limit with { Quantity = "0.002", IcebergQty = "0.00199" }, Full, null },
        { "icebergQty 0 is not an iceberg (IOC allowed)", Limit with { TimeInForce = "IOC", IcebergQty = "0" }, Full, null },
        { "iceberg LIMIT_MAKER needs no GTC", Limit with { Type = "LIMIT_MAKER", TimeInForce = null, Quantity = "0.01", IcebergQty = "0.001" }, Full, null },
        { "iceberg with FOK", Limit with { TimeInForce = "FOK", IcebergQty = "0.0005" }, Full, "Unsupported order combination" },
    };

    [Theory]
    [MemberData(nameof(Fixture))]
    public void FixtureSymbols_AcceptTheLimitAndRejectTheNextValueOut(string rule, OrderRequest order, MarketContext context, string? message) =>
        Check(ExchangeFixture.Rules, rule, order, context, message);

    // Each side of each two-sided filter gets its own number, so crossing them over cannot go unnoticed.
    private static readonly ExchangeRules Sides = SyntheticExchange.Compile(string.Join(',',
        SyntheticExchange.Symbol("SIDES", """
            [{"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0"},
             {"filterType":"LOT_SIZE","minQty":"0","maxQty":"0","stepSize":"0"},
             {"filterType":"PERCENT_PRICE_BY_SIDE","bidMultiplierUp":"1.5","bidMultiplierDown":"0.8","askMultiplierUp":"1.2","askMultiplierDown":"0.5","avgPriceMins":5},
             {"filterType":"TRAILING_DELTA","minTrailingAboveDelta":10,"maxTrailingAboveDelta":100,"minTrailingBelowDelta":20,"maxTrailingBelowDelta":200}]
            """),
        SyntheticExchange.Symbol("LEGACY", """
            [{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000","tickSize":"0.01"},
             {"filterType":"LOT_SIZE","minQty":"0.01","maxQty":"1000","stepSize":"0.01"},
             {"filterType":"MIN_NOTIONAL","minNotional":"10","applyToMarket":false,"avgPriceMins":5}]
            """),
        SyntheticExchange.Symbol("RANGE", """
            [{"filterType":"PRICE_FILTER","minPrice":"0.01","maxPrice":"1000","tickSize":"0.01"},
             {"filterType":"LOT_SIZE","minQty":"0.01","maxQty":"1000","stepSize":"0.01"},
             {"filterType":"NOTIONAL","minNotional":"10","applyMinToMarket":false,"maxNotional":"100","applyMaxToMarket":true,"avgPriceMins":5}]
            """),
        SyntheticExchange.Symbol("MKTLOT", """
            [{"filterType":"LOT_SIZE","minQty":"0.01","maxQty":"100","stepSize":"0.01"},
             {"filterType":"MARKET_LOT_SIZE","minQty":"1","maxQty":"10","stepSize":"0.5"}]
            """),
        SyntheticExchange.Symbol("PREC", """
            [{"filterType":"PRICE_FILTER","minPrice":"0","maxPrice":"0","tickSize":"0"},
             {"filterType":"LOT_SIZE","minQty":"0","maxQty":"0","stepSize":"0"}]
            """, basePrecision: 2, quotePrecision: 3)));

    private static OrderRequest On(string symbol, string price = "100", string quantity = "1", string side = "BUY") => new()
    {
        Symbol = symbol, Side = side, Type = "LIMIT", TimeInForce = "GTC", Price = price, Quantity = quantity,
    };

    public static TheoryData<string, OrderRequest, MarketContext, string?> Synthetic() => new()
    {
        // A zero minPrice, maxPrice, tickSize, minQty, maxQty or stepSize switches that rule off.
        { "no price limits and no tick", On("SIDES", "123.456789", "0.1234567"), default, null },

        // PERCENT_PRICE_BY_SIDE, reference 100: bids 80..150, asks 50..120.
        { "bid at 150", On("SIDES", "150"), new MarketContext { ReferencePrice = 100m }, null },
        { "bid above 150", On("SIDES", "150.01"), new MarketContext { ReferencePrice = 100m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "bid at 80", On("SIDES", "80"), new MarketContext { ReferencePrice = 100m }, null },
        { "bid below 80", On("SIDES", "79.99"), new MarketContext { ReferencePrice = 100m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "ask at 120", On("SIDES", "120", side: "SELL"), new MarketContext { ReferencePrice = 100m }, null },
        { "ask above 120", On("SIDES", "120.01", side: "SELL"), new MarketContext { ReferencePrice = 100m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "ask at 50", On("SIDES", "50", side: "SELL"), new MarketContext { ReferencePrice = 100m }, null },
        { "ask below 50", On("SIDES", "49.99", side: "SELL"), new MarketContext { ReferencePrice = 100m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },

        // The same bands around a reference of 6·10^18: reference × multiplier needs more than 64 bits, the price does not.
        { "bid at 9e18", On("SIDES", "9000000000000000000"), new MarketContext { ReferencePrice = 6000000000000000000m }, null },
        { "bid one above 9e18", On("SIDES", "9000000000000000001"), new MarketContext { ReferencePrice = 6000000000000000000m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "bid at 4.8e18", On("SIDES", "4800000000000000000"), new MarketContext { ReferencePrice = 6000000000000000000m }, null },
        { "bid one below 4.8e18", On("SIDES", "4799999999999999999"), new MarketContext { ReferencePrice = 6000000000000000000m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "ask at 7.2e18", On("SIDES", "7200000000000000000", side: "SELL"), new MarketContext { ReferencePrice = 6000000000000000000m }, null },
        { "ask one above 7.2e18", On("SIDES", "7200000000000000001", side: "SELL"), new MarketContext { ReferencePrice = 6000000000000000000m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },
        { "ask at 3e18", On("SIDES", "3000000000000000000", side: "SELL"), new MarketContext { ReferencePrice = 6000000000000000000m }, null },
        { "ask one below 3e18", On("SIDES", "2999999999999999999", side: "SELL"), new MarketContext { ReferencePrice = 6000000000000000000m }, "Filter failure: PERCENT_PRICE_BY_SIDE" },

        // TRAILING_DELTA: BUY STOP_LOSS and SELL TAKE_PROFIT trail above (10..100); SELL STOP_LOSS and BUY TAKE_PROFIT below (20..200).
        { "above delta at 10", Trailing("BUY", "STOP_LOSS", "10"), default, null },
        { "above delta at 9", Trailing("BUY", "STOP_LOSS", "9"), default, "Filter failure: TRAILING_DELTA" },
        { "above delta at 100", Trailing("SELL", "TAKE_PROFIT", "100"), default, null },
        { "above delta at 101", Trailing("SELL", "TAKE_PROFIT", "101"), default, "Filter failure: TRAILING_DELTA" },
        { "below delta at 20", Trailing("SELL", "STOP_LOSS", "20"), default, null },
        { "below delta at 19", Trailing("SELL", "STOP_LOSS", "19"), default, "Filter failure: TRAILING_DELTA" },
        { "below delta at 200", Trailing("BUY", "TAKE_PROFIT", "200"), default, null },
        { "below delta at 201", Trailing("BUY", "TAKE_PROFIT", "201"), default, "Filter failure: TRAILING_DELTA" },

        // A LIMIT order worth nothing: no filter catches it, the matching engine does.
        { "LIMIT quantity 0", On("SIDES", "100", "0"), default, "Price * QTY is zero or less." },
        { "LIMIT price 0", On("SIDES", "0", "1"), default, "Price * QTY is zero or less." },
        { "LIMIT price 0, quantity too long for 64 bits", On("SIDES", "0", "1.0000000000000000000"), default, "Price * QTY is zero or less." },
        { "LIMIT quantity 0 of 20 digits", On("SIDES", "100", "0.00000000000000000000"), default, "Price * QTY is zero or less." },
        { "LIMIT price too long for 64 bits, worth something", On("SIDES", "100.00000000000000000", "1.0000000000000000000"), default, null },

        // MIN_NOTIONAL with applyToMarket false: LIMIT orders only.
        { "legacy minimum on LIMIT, exactly", On("LEGACY", "10", "1"), default, null },
        { "legacy minimum on LIMIT, one tick below", On("LEGACY", "9.99", "1"), default, "Filter failure: MIN_NOTIONAL" },
        { "legacy minimum skipped for MARKET", new OrderRequest { Symbol = "LEGACY", Side = "BUY", Type = "MARKET", Quantity = "0.01" }, new MarketContext { ReferencePrice = 1m }, null },

        // NOTIONAL 10..100, minimum not applied to MARKET, maximum applied to MARKET.
        { "range at 100", On("RANGE", "100", "1"), default, null },
        { "range above 100", On("RANGE", "100.01", "1"), default, "Filter failure: NOTIONAL" },
        { "range below 10 on LIMIT", On("RANGE", "9.99", "1"), default, "Filter failure: NOTIONAL" },
        { "range below 10 on MARKET", new OrderRequest { Symbol = "RANGE", Side = "BUY", Type = "MARKET", Quantity = "1" }, new MarketContext { ReferencePrice = 5m }, null },
        { "range above 100 on MARKET", new OrderRequest { Symbol = "RANGE", Side = "BUY", Type = "MARKET", Quantity = "1" }, new MarketContext { ReferencePrice = 100.01m }, "Filter failure: NOTIONAL" },
        { "range at 100 on MARKET", new OrderRequest { Symbol = "RANGE", Side = "BUY", Type = "MARKET", Quantity = "1" }, new MarketContext { ReferencePrice = 100m }, null },

        // MARKET_LOT_SIZE 1..10 step 0.5, for MARKET orders only.
        { "MARKET at market minQty", Market("MKTLOT", "1"), default, null },
        { "MARKET one step under market minQty", Market("MKTLOT", "0.5"), default, "Filter failure: MARKET_LOT_SIZE" },
        { "MARKET at market maxQty", Market("MKTLOT", "10"), default, null },
        { "MARKET one step over market maxQty", Market("MKTLOT", "10.5"), default, "Filter failure: MARKET_LOT_SIZE" },
        { "MARKET off the market step", Market("MKTLOT", "1.25"), default, "Filter failure: MARKET_LOT_SIZE" },
        { "LIMIT ignores MARKET_LOT_SIZE", new OrderRequest { Symbol = "MKTLOT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "1", Quantity = "0.25" }, default, null },

        // Precision: base 2 decimals, quote 3 decimals; trailing zeros do not count.
        { "quantity with the base precision", On("PREC", "1", "1.23"), default, null },
        { "quantity with trailing zeros past it", On("PREC", "1", "1.2300000"), default, null },
        { "quantity one digit past the base precision", On("PREC", "1", "1.234"), default, "Parameter 'quantity' has too much precision." },
        { "price with the quote precision", On("PREC", "1.234", "1"), default, null },
        { "price one digit past the quote precision", On("PREC", "1.2345", "1"), default, "Parameter 'price' has too much precision." },
        { "icebergQty one digit past the base precision", On("PREC", "1", "1") with { IcebergQty = "0.123" }, default, "Parameter 'icebergQty' has too much precision." },
        { "stopPrice one digit past the quote precision", On("PREC", "1", "1") with { Type = "STOP_LOSS_LIMIT", StopPrice = "1.0001" }, default, "Parameter 'stopPrice' has too much precision." },
        { "quoteOrderQty one digit past the quote precision", new OrderRequest { Symbol = "PREC", Side = "BUY", Type = "MARKET", QuoteOrderQty = "1.0001" }, default, "Parameter 'quoteOrderQty' has too much precision." },
    };

    private static OrderRequest Trailing(string side, string type, string delta) => new()
    {
        Symbol = "SIDES", Side = side, Type = type, Quantity = "1", TrailingDelta = delta,
    };

    [Theory]
    [MemberData(nameof(Synthetic))]
    public void SyntheticSymbols_AcceptTheLimitAndRejectTheNextValueOut(string rule, OrderRequest order, MarketContext context, string? message) =>
        Check(Sides, rule, order, context, message);

    private static void Check(ExchangeRules rules, string rule, OrderRequest order, MarketContext context, string? message)
    {
        var result = SpotValidationByBoth.Validate(rules, order, context);

        if (message is null)
        {
            result.IsValid.ShouldBeTrue($"{rule}: {result.Error}");
        }
        else
        {
            result.IsValid.ShouldBeFalse(rule);
            result.Error!.Message.ShouldBe(message, rule);
        }
    }
}
