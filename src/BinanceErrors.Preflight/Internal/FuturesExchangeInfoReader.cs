using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight.Filters;
using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// Reads futures exchangeInfo JSON. Shares the Spot reader's typed field readers (so errors name the JSON path the
/// same way) and adds the futures shapes: <c>notional</c> text, <c>multiplierDecimal</c> as string or number, the
/// doc sample's <c>BinanceOrderType</c> spelling, <c>timeInForce</c>, contract fields.
/// </summary>
internal static class FuturesExchangeInfoReader
{
    public static FuturesExchangeInfo Read(ReadOnlySpan<byte> utf8Json)
    {
        using (var document = ExchangeInfoReader.ParseDocument(utf8Json, "GET /fapi/v1/exchangeInfo or /dapi/v1/exchangeInfo", out var root, out var symbols))
        {
            var venue = ExchangeInfoVenue.RequireFutures(root, symbols);
            return new FuturesExchangeInfo
            {
                Venue = venue,
                Timezone = ExchangeInfoReader.String(root, "timezone", "$") ?? "UTC",
                ServerTime = Long(root, "serverTime", "$"),
                RateLimits = ExchangeInfoReader.Array(root, "rateLimits", "$") is { } limits
                    ? [.. limits.EnumerateArray().Select((l, i) => ExchangeInfoReader.ReadRateLimit(l, $"$.rateLimits[{i}]"))]
                    : [],
                ExchangeFilters = ExchangeInfoReader.Array(root, "exchangeFilters", "$") is { } filters
                    ? [.. filters.EnumerateArray().Select((f, i) => ReadFilter(f, $"$.exchangeFilters[{i}]"))]
                    : [],
                Assets = ExchangeInfoReader.Array(root, "assets", "$") is { } assets
                    ? [.. assets.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select((a, i) => ReadAsset(a, $"$.assets[{i}]"))]
                    : [],
                Symbols = [.. symbols.EnumerateArray().Select((s, i) => ReadSymbol(s, $"$.symbols[{i}]"))],
            };
        }
    }

    private static FuturesAsset ReadAsset(JsonElement e, string path) => new(
        ExchangeInfoReader.String(e, "asset", path) ?? string.Empty,
        ExchangeInfoReader.Bool(e, "marginAvailable", path),
        OptionalDecimal(e, "autoAssetExchange", path));

    private static FuturesSymbolInfo ReadSymbol(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ExchangeInfoFormatException($"{path} must be an object.");
        }

        var symbol = ExchangeInfoReader.String(e, "symbol", path) ?? throw new ExchangeInfoFormatException($"{path}.symbol is missing.");
        path = $"{path} ({symbol})";
        var status = ExchangeInfoReader.String(e, "status", path) ?? ExchangeInfoReader.String(e, "contractStatus", path) ?? string.Empty;
        var contractType = ExchangeInfoReader.String(e, "contractType", path) ?? string.Empty;

        // The live document spells the list "orderTypes"; the documented sample spells it "OrderType". Either is read.
        // A known list of the wrong JSON type is an error, as on Spot: read as "no list" it would silently drop the
        // symbol's filters or allow every order type.
        var types = ExchangeInfoReader.Array(e, "orderTypes", path) ?? ExchangeInfoReader.Array(e, "OrderType", path);
        return new FuturesSymbolInfo
        {
            Symbol = symbol,
            Pair = ExchangeInfoReader.String(e, "pair", path) ?? symbol,
            ContractType = FuturesWireNames.ParseContractType(contractType),
            ContractTypeText = contractType,
            DeliveryDate = Long(e, "deliveryDate", path),
            ContractSize = OptionalDecimal(e, "contractSize", path),
            OnboardDate = Long(e, "onboardDate", path),
            Status = FuturesWireNames.ParseStatus(status),
            StatusText = status,
            BaseAsset = ExchangeInfoReader.String(e, "baseAsset", path) ?? string.Empty,
            QuoteAsset = ExchangeInfoReader.String(e, "quoteAsset", path) ?? string.Empty,
            MarginAsset = ExchangeInfoReader.String(e, "marginAsset", path) ?? string.Empty,
            PricePrecision = ExchangeInfoReader.Int(e, "pricePrecision", path, 8),
            QuantityPrecision = ExchangeInfoReader.Int(e, "quantityPrecision", path, 8),
            BaseAssetPrecision = ExchangeInfoReader.Int(e, "baseAssetPrecision", path, 8),
            QuotePrecision = ExchangeInfoReader.Int(e, "quotePrecision", path, 8),
            UnderlyingType = ExchangeInfoReader.String(e, "underlyingType", path) ?? string.Empty,
            UnderlyingSubType = ExchangeInfoReader.Array(e, "underlyingSubType", path) is { } sub
                ? [.. sub.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!)]
                : [],
            TriggerProtect = OptionalDecimal(e, "triggerProtect", path),
            LiquidationFee = OptionalDecimal(e, "liquidationFee", path),
            MarketTakeBound = OptionalDecimal(e, "marketTakeBound", path),
            OrderTypes = types is { } typeList
                ? [.. typeList.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => FuturesWireNames.TryParse(t.GetString(), out FuturesOrderType type) ? type : (FuturesOrderType?)null).OfType<FuturesOrderType>()]
                : [],
            TimeInForce = ExchangeInfoReader.Array(e, "timeInForce", path) is { } tifs
                ? [.. tifs.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => FuturesWireNames.TryParse(t.GetString(), out FuturesTimeInForce tif) ? tif : (FuturesTimeInForce?)null).OfType<FuturesTimeInForce>()]
                : [],
            Filters = ExchangeInfoReader.Array(e, "filters", path) is { } filters
                ? [.. filters.EnumerateArray().Select((f, i) => ReadFilter(f, $"{path}.filters[{i}]"))]
                : [],
        };
    }

    private static SymbolFilter ReadFilter(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ExchangeInfoFormatException($"{path} must be an object.");
        }

        var name = ExchangeInfoReader.String(e, "filterType", path) ?? throw new ExchangeInfoFormatException($"{path}.filterType is missing.");
        switch (name)
        {
            case "MIN_NOTIONAL":
            {
                var where = $"{path} ({name})";
                var field = e.TryGetProperty("notional", out _) ? "notional" : "minNotional";
                var value = ExchangeInfoReader.Dec(e, field, where);
                var raw = e.GetProperty(field);
                var text = raw.ValueKind == JsonValueKind.String ? raw.GetString()! : raw.GetRawText();
                return new FuturesMinNotionalFilter(value, text);
            }

            case "PERCENT_PRICE":
            {
                var where = $"{path} ({name})";
                return new FuturesPercentPriceFilter(
                    ExchangeInfoReader.Dec(e, "multiplierUp", where),
                    ExchangeInfoReader.Dec(e, "multiplierDown", where),
                    ExchangeInfoReader.Int(e, "multiplierDecimal", where, 0));
            }

            default:
                return ExchangeInfoReader.ReadFilter(e, path);
        }
    }

    private static long Long(JsonElement e, string property, string path)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return 0;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new ExchangeInfoFormatException($"{path}.{property} must be an integer, not {value.GetRawText()}.");
    }

    private static decimal? OptionalDecimal(JsonElement e, string property, string path) =>
        e.TryGetProperty(property, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? ExchangeInfoReader.Dec(e, property, path)
            : null;
}
