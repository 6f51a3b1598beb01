using System.Globalization;
using BenchmarkDotNet.Attributes;
using BinanceErrors.Preflight;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Validating an order against compiled BTCUSDT rules (every filter) against the work no validator can avoid:
/// parsing the order's price and quantity strings.
/// </summary>
[MemoryDiagnoser]
public class PreflightBenchmarks
{
    private ExchangeRules _rules = null!;
    private OrderRequest _valid;
    private OrderRequest _lotSize;
    private MarketContext _context;

    [GlobalSetup]
    public void Setup()
    {
        _rules = ExchangeRules.Compile(ExchangeInfo.Load(Path.Combine(AppContext.BaseDirectory, "spot-default.json")));
        _valid = new OrderRequest { Symbol = "BTCUSDT", Side = "BUY", Type = "LIMIT", TimeInForce = "GTC", Price = "30000.01", Quantity = "0.001" };
        _lotSize = _valid with { Quantity = "0.000015" };
        _context = new MarketContext
        {
            ReferencePrice = 30000m, LastPrice = 30000m, BestBid = 29999.99m, BestAsk = 30000.02m,
            OpenOrders = 3, OpenAlgoOrders = 0, OpenIcebergOrders = 0, ExchangeOpenOrders = 3, ExchangeOpenAlgoOrders = 0, ExchangeOpenIcebergOrders = 0, Position = 0m,
        };
        OrderValidator.Validate(_rules, _lotSize, _context);
    }

    [Benchmark(Baseline = true)]
    public decimal ParsePriceAndQuantity() =>
        decimal.Parse(_valid.Price!, CultureInfo.InvariantCulture) + decimal.Parse(_valid.Quantity!, CultureInfo.InvariantCulture);

    [Benchmark]
    public bool ValidateValidLimit() => OrderValidator.Validate(_rules, _valid, _context).IsValid;

    [Benchmark]
    public bool ValidateLotSizeFailure() => OrderValidator.Validate(_rules, _lotSize, _context).IsValid;
}
