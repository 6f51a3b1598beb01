using System.Text.Json;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// Tells which API an exchangeInfo document came from, from the fields only one of them sends, so a document given to
/// the wrong reader fails with one sentence naming the right one instead of being read half (a Spot document read as
/// futures has no precisions or contract fields; a futures one read as Spot fails on a field of the wrong shape).
/// </summary>
internal static class ExchangeInfoVenue
{
    // Fields only /fapi and /dapi symbols carry, and fields only /api/v3 symbols carry (Binance.US has the Spot shape).
    private static readonly string[] FuturesSymbolFields = ["contractType", "contractStatus", "contractSize", "marginAsset", "pricePrecision", "quantityPrecision"];
    private static readonly string[] SpotSymbolFields = ["isSpotTradingAllowed", "isMarginTradingAllowed", "quoteOrderQtyMarketAllowed", "ocoAllowed", "icebergAllowed", "baseCommissionPrecision"];

    /// <summary>Throws when the document is a futures one; a document without telling fields is accepted.</summary>
    public static void RequireSpot(JsonElement root, JsonElement symbols)
    {
        var venue = Detect(root, symbols);
        if (venue is BinanceVenue.UsdMFutures or BinanceVenue.CoinMFutures)
        {
            throw new ExchangeInfoFormatException(venue == BinanceVenue.UsdMFutures
                ? "This is a USDⓈ-M futures exchangeInfo (GET /fapi/v1/exchangeInfo), not a Spot one: read it with FuturesExchangeInfo (in the CLI, --venue usdm)."
                : "This is a COIN-M futures exchangeInfo (GET /dapi/v1/exchangeInfo), not a Spot one: read it with FuturesExchangeInfo (in the CLI, --venue coinm).")
            {
                DocumentVenue = venue,
            };
        }
    }

    /// <summary>Throws when the document is a Spot (or Binance.US) one; a document without telling fields is accepted as USDⓈ-M.</summary>
    /// <returns>The futures venue the document is from.</returns>
    public static BinanceVenue RequireFutures(JsonElement root, JsonElement symbols)
    {
        var venue = Detect(root, symbols);
        if (venue == BinanceVenue.Spot)
        {
            throw new ExchangeInfoFormatException(
                "This is a Spot exchangeInfo (GET /api/v3/exchangeInfo), not a futures one: read it with ExchangeInfo (in the CLI, --venue spot).")
            {
                DocumentVenue = BinanceVenue.Spot,
            };
        }

        return venue ?? BinanceVenue.UsdMFutures;
    }

    /// <summary>The venue the document's telling fields point to, or <see langword="null"/> when it has none.</summary>
    internal static BinanceVenue? Detect(JsonElement root, JsonElement symbols)
    {
        // The root: futures documents send their margin assets (and USDⓈ-M its futuresType); Spot sends its SORs.
        if (root.TryGetProperty("futuresType", out _) || root.TryGetProperty("assets", out _))
        {
            return FuturesVenue(symbols);
        }

        if (root.TryGetProperty("sors", out _))
        {
            return BinanceVenue.Spot;
        }

        // Otherwise the first symbol that tells.
        foreach (var symbol in symbols.EnumerateArray())
        {
            if (symbol.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (HasAny(symbol, FuturesSymbolFields))
            {
                return FuturesVenue(symbols);
            }

            if (HasAny(symbol, SpotSymbolFields))
            {
                return BinanceVenue.Spot;
            }
        }

        return null;
    }

    /// <summary>
    /// COIN-M symbols carry a contract size (USD per contract) and a contract status; USDⓈ-M ones do not. Any symbol
    /// that has one decides, not only the first: a first entry without them (a trimmed or hand-written document) would
    /// otherwise make a COIN-M document USDⓈ-M.
    /// </summary>
    private static BinanceVenue FuturesVenue(JsonElement symbols)
    {
        foreach (var symbol in symbols.EnumerateArray())
        {
            if (symbol.ValueKind == JsonValueKind.Object && (symbol.TryGetProperty("contractSize", out _) || symbol.TryGetProperty("contractStatus", out _)))
            {
                return BinanceVenue.CoinMFutures;
            }
        }

        return BinanceVenue.UsdMFutures;
    }

    private static bool HasAny(JsonElement symbol, string[] names)
    {
        foreach (var name in names)
        {
            if (symbol.TryGetProperty(name, out _))
            {
                return true;
            }
        }

        return false;
    }
}
