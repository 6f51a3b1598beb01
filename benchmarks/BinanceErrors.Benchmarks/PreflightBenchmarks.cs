using System.Globalization;
using BenchmarkDotNet.Attributes;
using BinanceErrors.Preflight;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Validating an order against compiled BTCUSDT rules (every filter) against the work no validator can avoid:
/// parsing the order's price and quantity strings. Spot, USDⓈ-M and COIN-M futures side by side, same goals (≤ 100 ns, 0 B).
/// The validators run their filters on scaled integers; the <c>DecimalPath…</c> rows send a valid order whose price has
/// more significant digits than a 64-bit mantissa holds (trailing zeros count), so the same generic filters run on
/// <see cref="decimal"/>: the fallback's cost, measured in the same run.
/// </summary>
public class PreflightBenchmarks
{
    private ExchangeRules _rules = null!;
    private OrderRequest _valid;
    private OrderRequest _lotSize;
    private OrderRequest _decimalPath;
    private MarketContext _context;
    private FuturesExchangeRules _futuresRules = null!;
    private FuturesOrderRequest _futuresValid;
    private FuturesOrderRequest _futuresMinNotional;
    private FuturesOrderRequest _futuresDecimalPath;
    private FuturesAlgoOrderRequest _futuresAlgo;
    private FuturesMarketContext _futuresContext;
    private FuturesExchangeRules _coinMRules = null!;
    private FuturesOrderRequest _coinMValid;
    private FuturesOrderRequest _coinMTrigger;
    private FuturesMarketContext _coinMContext;

    [GlobalSetup]
    public void Setup()
    {
        _rules = ExchangeRules.Compile(ExchangeInfo.Load(Path.Combine(AppContext.BaseDirectory, "spot-default.json")));
        _valid = new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "30000.01", Quantity = "0.001" };
        _lotSize = _valid with { Quantity = "0.000015" };
        _decimalPath = _valid with { Price = "30000.010000000000000" };
        _context = new MarketContext
        {
            ReferencePrice = 30000m, LastPrice = 30000m, BestBid = 29999.99m, BestAsk = 30000.02m,
            OpenOrders = 3, OpenAlgoOrders = 0, OpenIcebergOrders = 0, ExchangeOpenOrders = 3, ExchangeOpenAlgoOrders = 0, ExchangeOpenIcebergOrders = 0, Position = 0m,
        };
        OrderValidator.Validate(_rules, _lotSize, _context);

        _futuresRules = FuturesExchangeRules.Compile(FuturesExchangeInfo.Load(Path.Combine(AppContext.BaseDirectory, "usdm-default.json")));
        _futuresValid = new FuturesOrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "60000.10", Quantity = "0.002" };
        _futuresMinNotional = _futuresValid with { Quantity = "0.001" };
        _futuresDecimalPath = _futuresValid with { Price = "60000.100000000000000" };
        _futuresAlgo = new FuturesAlgoOrderRequest { AlgoType = "CONDITIONAL", Symbol = "BTCUSDT", Side = "SELL", Type = "STOP_MARKET", TriggerPrice = "58000", Quantity = "0.002" };
        _futuresContext = new FuturesMarketContext
        {
            MarkPrice = 60000m, LastPrice = 60000m, BestBid = 59999.9m, BestAsk = 60000.1m, DualSidePosition = false, OpenOrders = 3, OpenAlgoOrders = 0, AccountOpenAlgoOrders = 0,
        };

        // The first rejection builds and caches its BinanceError; measure the steady state.
        FuturesOrderValidator.Validate(_futuresRules, _futuresMinNotional, _futuresContext);

        _coinMRules = FuturesExchangeRules.Compile(FuturesExchangeInfo.Load(Path.Combine(AppContext.BaseDirectory, "coinm-default.json")));
        _coinMValid = new FuturesOrderRequest { Symbol = "BTCUSD_PERP", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "60000.1", Quantity = "2" };
        _coinMTrigger = new FuturesOrderRequest { Symbol = "BTCUSD_PERP", Side = "SELL", Type = "STOP_MARKET", StopPrice = "60500", Quantity = "1" };
        _coinMContext = _futuresContext with { Now = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero) };
        CoinMOrderValidator.Validate(_coinMRules, _coinMTrigger, _coinMContext);
    }

    [Benchmark(Baseline = true)]
    public decimal ParsePriceAndQuantity() =>
        decimal.Parse(_valid.Price!, CultureInfo.InvariantCulture) + decimal.Parse(_valid.Quantity!, CultureInfo.InvariantCulture);

    [Benchmark]
    public bool ValidateValidLimit() => OrderValidator.Validate(_rules, _valid, _context).IsValid;

    [Benchmark]
    public bool ValidateLotSizeFailure() => OrderValidator.Validate(_rules, _lotSize, _context).IsValid;

    [Benchmark]
    public bool FuturesValidateValidLimit() => FuturesOrderValidator.Validate(_futuresRules, _futuresValid, _futuresContext).IsValid;

    [Benchmark]
    public bool FuturesValidateMinNotionalFailure() => FuturesOrderValidator.Validate(_futuresRules, _futuresMinNotional, _futuresContext).IsValid;

    [Benchmark]
    public bool DecimalPathValidLimit() => OrderValidator.Validate(_rules, _decimalPath, _context).IsValid;

    [Benchmark]
    public bool FuturesDecimalPathValidLimit() => FuturesOrderValidator.Validate(_futuresRules, _futuresDecimalPath, _futuresContext).IsValid;

    [Benchmark]
    public bool FuturesValidateAlgoStopMarket() => FuturesOrderValidator.ValidateAlgo(_futuresRules, _futuresAlgo, _futuresContext).IsValid;

    [Benchmark]
    public bool CoinMValidateValidLimit() => CoinMOrderValidator.Validate(_coinMRules, _coinMValid, _coinMContext).IsValid;

    [Benchmark]
    public bool CoinMValidateTriggerFailure() => CoinMOrderValidator.Validate(_coinMRules, _coinMTrigger, _coinMContext).IsValid;
}
