using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Commands;

/// <summary>
/// What the futures demo needs to know of its venue: paths, the symbol and an order's size, and whether conditional
/// orders go to an Algo Service (USDⓈ-M) or are not part of the run (COIN-M, whose sandbox does not hold them yet).
/// </summary>
/// <param name="Name">The <c>--venue</c> name: <c>usdm</c> or <c>coinm</c>.</param>
/// <param name="Title">The venue as the output names it.</param>
/// <param name="Venue">The catalog venue the pipeline and classifier use.</param>
/// <param name="SandboxVenue">The sandbox venue an in-process run starts.</param>
/// <param name="Prefix">The REST prefix, <c>/fapi</c> or <c>/dapi</c>.</param>
/// <param name="Symbol">The symbol traded.</param>
/// <param name="Quantity">One order's quantity (BTC on USDⓈ-M; contracts of 100 USD on COIN-M).</param>
/// <param name="HasAlgoService">Whether even orders are STOP_MARKET algo orders on <c>{Prefix}/v1/algoOrder</c>.</param>
internal sealed record FuturesDemoVenue(string Name, string Title, BinanceVenue Venue, SandboxVenue SandboxVenue, string Prefix, string Symbol, string Quantity, bool HasAlgoService)
{
    /// <summary>USDⓈ-M: BTCUSDT, 0.01 BTC, LIMIT or MARKET orders and algo stops in turn.</summary>
    public static FuturesDemoVenue UsdM { get; } = new("usdm", "USDⓈ-M", BinanceVenue.UsdMFutures, SandboxVenue.UsdM, "/fapi", "BTCUSDT", "0.01", HasAlgoService: true);

    /// <summary>COIN-M: BTCUSD_PERP, 1 contract (100 USD), LIMIT or MARKET orders.</summary>
    public static FuturesDemoVenue CoinM { get; } = new("coinm", "COIN-M", BinanceVenue.CoinMFutures, SandboxVenue.CoinM, "/dapi", "BTCUSD_PERP", "1", HasAlgoService: false);

    /// <summary>The order endpoint.</summary>
    public string OrderPath => Prefix + "/v1/order";

    /// <summary>The Algo Service endpoint (USDⓈ-M).</summary>
    public string AlgoPath => Prefix + "/v1/algoOrder";

    /// <summary>The venue by its <c>--venue</c> name.</summary>
    public static FuturesDemoVenue For(string name) => name == CoinM.Name ? CoinM : UsdM;
}
