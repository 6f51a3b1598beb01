using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight.Filters;

namespace BinanceErrors.Preflight.Internal;

/// <summary>Reads exchangeInfo JSON; every type error names its JSON path so a broken document is easy to fix.</summary>
internal static class ExchangeInfoReader
{
    public static ExchangeInfo Read(ReadOnlySpan<byte> utf8Json)
    {
        using (var document = ParseDocument(utf8Json, "GET /api/v3/exchangeInfo", out var root, out var symbols))
        {
            ExchangeInfoVenue.RequireSpot(root, symbols);

            return new ExchangeInfo
            {
                Timezone = String(root, "timezone", "$") ?? "UTC",
                ServerTime = Long(root, "serverTime", "$", 0),
                RateLimits = Array(root, "rateLimits", "$") is { } limits
                    ? [.. limits.EnumerateArray().Select((l, i) => ReadRateLimit(l, $"$.rateLimits[{i}]"))]
                    : [],
                ExchangeFilters = Array(root, "exchangeFilters", "$") is { } filters
                    ? [.. filters.EnumerateArray().Select((f, i) => ReadFilter(f, $"$.exchangeFilters[{i}]"))]
                    : [],
                Symbols = [.. symbols.EnumerateArray().Select((s, i) => ReadSymbol(s, $"$.symbols[{i}]"))],
            };
        }
    }

    /// <summary>A document's bytes from a file; a file that cannot be read is an <see cref="ExchangeInfoFormatException"/> naming it.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The bytes.</returns>
    internal static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ExchangeInfoFormatException($"Cannot read exchangeInfo file '{path}': {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Parses an exchangeInfo document (Spot or futures: comments and trailing commas tolerated) and checks the shape
    /// both share: an object with a <c>symbols</c> array. Every failure is an <see cref="ExchangeInfoFormatException"/>.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="endpoint">The endpoint the document should come from, named in the error when <c>symbols</c> is missing.</param>
    /// <param name="root">The root object.</param>
    /// <param name="symbols">The <c>symbols</c> array.</param>
    /// <returns>The document, for the caller to dispose.</returns>
    internal static JsonDocument ParseDocument(ReadOnlySpan<byte> utf8Json, string endpoint, out JsonElement root, out JsonElement symbols)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new ExchangeInfoFormatException($"exchangeInfo is not valid JSON: {ex.Message}", ex);
        }

        root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            var kind = root.ValueKind;
            document.Dispose();
            throw new ExchangeInfoFormatException($"exchangeInfo must be a JSON object, not {kind}.");
        }

        if (!root.TryGetProperty("symbols", out symbols) || symbols.ValueKind != JsonValueKind.Array)
        {
            document.Dispose();
            throw new ExchangeInfoFormatException($"exchangeInfo has no 'symbols' array; is this a {endpoint} response?");
        }

        return document;
    }

    internal static BinanceRateLimit ReadRateLimit(JsonElement e, string path) => e.ValueKind != JsonValueKind.Object
        ? throw new ExchangeInfoFormatException($"{path} must be an object, not {e.GetRawText()}.")
        : new(
        String(e, "rateLimitType", path) switch
        {
            "REQUEST_WEIGHT" => BinanceRateLimitType.RequestWeight,
            "ORDERS" => BinanceRateLimitType.Orders,
            "RAW_REQUESTS" or "RAW_REQUEST" => BinanceRateLimitType.RawRequests,
            "CONNECTIONS" => BinanceRateLimitType.Connections,
            _ => BinanceRateLimitType.Unknown,
        },
        String(e, "interval", path) switch
        {
            "SECOND" => BinanceRateLimitInterval.Second,
            "MINUTE" => BinanceRateLimitInterval.Minute,
            "HOUR" => BinanceRateLimitInterval.Hour,
            "DAY" => BinanceRateLimitInterval.Day,
            var other => throw new ExchangeInfoFormatException($"{path}.interval: '{other}' is not SECOND, MINUTE, HOUR or DAY."),
        },
        Int(e, "intervalNum", path, 1),
        Int(e, "limit", path, 0));

    private static SymbolInfo ReadSymbol(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ExchangeInfoFormatException($"{path} must be an object.");
        }

        var symbol = String(e, "symbol", path) ?? throw new ExchangeInfoFormatException($"{path}.symbol is missing.");
        path = $"{path} ({symbol})";
        var status = String(e, "status", path) ?? string.Empty;
        return new SymbolInfo
        {
            Symbol = symbol,
            Status = ParseStatus(status),
            StatusText = status,
            BaseAsset = String(e, "baseAsset", path) ?? string.Empty,
            BaseAssetPrecision = Int(e, "baseAssetPrecision", path, 8),
            QuoteAsset = String(e, "quoteAsset", path) ?? string.Empty,
            QuotePrecision = Int(e, "quotePrecision", path, 8),
            QuoteAssetPrecision = Int(e, "quoteAssetPrecision", path, Int(e, "quotePrecision", path, 8)),
            BaseCommissionPrecision = Int(e, "baseCommissionPrecision", path, 8),
            QuoteCommissionPrecision = Int(e, "quoteCommissionPrecision", path, 8),
            OrderTypes = [.. Strings(e, "orderTypes", path).Select(t => OrderTypeNames.TryParse(t, out var type) ? type : (BinanceOrderType?)null).OfType<BinanceOrderType>()],
            IcebergAllowed = Bool(e, "icebergAllowed", path),
            OcoAllowed = Bool(e, "ocoAllowed", path),
            OtoAllowed = Bool(e, "otoAllowed", path),
            OpoAllowed = Bool(e, "opoAllowed", path),
            QuoteOrderQtyMarketAllowed = Bool(e, "quoteOrderQtyMarketAllowed", path),
            AllowTrailingStop = Bool(e, "allowTrailingStop", path),
            CancelReplaceAllowed = Bool(e, "cancelReplaceAllowed", path),
            AmendAllowed = Bool(e, "amendAllowed", path),
            PegInstructionsAllowed = Bool(e, "pegInstructionsAllowed", path),
            IsSpotTradingAllowed = Bool(e, "isSpotTradingAllowed", path),
            IsMarginTradingAllowed = Bool(e, "isMarginTradingAllowed", path),
            Filters = Array(e, "filters", path) is { } filters
                ? [.. filters.EnumerateArray().Select((f, i) => ReadFilter(f, $"{path}.filters[{i}]"))]
                : [],
            PermissionSets = Array(e, "permissionSets", path) is { } sets
                ? [.. sets.EnumerateArray().Select((set, i) => (IReadOnlyList<string>)[.. StringItems(set, $"{path}.permissionSets[{i}]")])]
                : [],
            DefaultSelfTradePreventionMode = String(e, "defaultSelfTradePreventionMode", path),
            AllowedSelfTradePreventionModes = [.. Strings(e, "allowedSelfTradePreventionModes", path)],
        };
    }

    private static SymbolStatus ParseStatus(string status) => status switch
    {
        "TRADING" => SymbolStatus.Trading,
        "END_OF_DAY" => SymbolStatus.EndOfDay,
        "HALT" => SymbolStatus.Halt,
        "BREAK" => SymbolStatus.Break,
        "CANCEL_ONLY" => SymbolStatus.CancelOnly,
        "PRE_TRADING" => SymbolStatus.PreTrading,
        "POST_TRADING" => SymbolStatus.PostTrading,
        "AUCTION_MATCH" => SymbolStatus.AuctionMatch,
        _ => SymbolStatus.Unknown,
    };

    internal static SymbolFilter ReadFilter(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new ExchangeInfoFormatException($"{path} must be an object.");
        }

        var name = String(e, "filterType", path) ?? throw new ExchangeInfoFormatException($"{path}.filterType is missing.");
        path = $"{path} ({name})";
        FilterTypeNames.TryParse(name, out var type);
        return type switch
        {
            FilterType.PriceFilter => new PriceFilter(Dec(e, "minPrice", path), Dec(e, "maxPrice", path), Dec(e, "tickSize", path)),
            FilterType.PercentPrice => new PercentPriceFilter(Dec(e, "multiplierUp", path), Dec(e, "multiplierDown", path), Int(e, "avgPriceMins", path, 0)),
            FilterType.PercentPriceBySide => new PercentPriceBySideFilter(
                Dec(e, "bidMultiplierUp", path), Dec(e, "bidMultiplierDown", path), Dec(e, "askMultiplierUp", path), Dec(e, "askMultiplierDown", path), Int(e, "avgPriceMins", path, 0)),
            FilterType.LotSize or FilterType.MarketLotSize => new LotSizeFilter(type, Dec(e, "minQty", path), Dec(e, "maxQty", path), Dec(e, "stepSize", path)),
            FilterType.MinNotional => new MinNotionalFilter(
                e.TryGetProperty("minNotional", out _) ? Dec(e, "minNotional", path) : Dec(e, "notional", path),
                !e.TryGetProperty("applyToMarket", out _) || Bool(e, "applyToMarket", path),
                Int(e, "avgPriceMins", path, 0)),
            FilterType.Notional => new NotionalFilter(
                Dec(e, "minNotional", path), Bool(e, "applyMinToMarket", path), Dec(e, "maxNotional", path), Bool(e, "applyMaxToMarket", path), Int(e, "avgPriceMins", path, 0)),
            FilterType.IcebergParts => new IcebergPartsFilter(Int(e, "limit", path, 0)),
            FilterType.MaxNumOrders or FilterType.ExchangeMaxNumOrders => new OrderCountFilter(type, Int(e, "maxNumOrders", path, Int(e, "limit", path, 0))),
            FilterType.MaxNumAlgoOrders or FilterType.ExchangeMaxNumAlgoOrders => new OrderCountFilter(type, Int(e, "maxNumAlgoOrders", path, Int(e, "limit", path, 0))),
            FilterType.MaxNumIcebergOrders or FilterType.ExchangeMaxNumIcebergOrders => new OrderCountFilter(type, Int(e, "maxNumIcebergOrders", path, 0)),
            FilterType.MaxNumOrderAmends => new OrderCountFilter(type, Int(e, "maxNumOrderAmends", path, 0)),
            FilterType.MaxNumOrderLists or FilterType.ExchangeMaxNumOrderLists => new OrderCountFilter(type, Int(e, "maxNumOrderLists", path, 0)),
            FilterType.MaxPosition => new MaxPositionFilter(Dec(e, "maxPosition", path)),
            FilterType.TrailingDelta => new TrailingDeltaFilter(
                Int(e, "minTrailingAboveDelta", path, 0), Int(e, "maxTrailingAboveDelta", path, 0), Int(e, "minTrailingBelowDelta", path, 0), Int(e, "maxTrailingBelowDelta", path, 0)),
            FilterType.MaxAsset => new MaxAssetFilter(String(e, "asset", path) ?? string.Empty, Dec(e, "limit", path)),
            _ => new UnknownFilter(type, name, e.GetRawText()),
        };
    }

    internal static string? String(JsonElement e, string property, string path)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new ExchangeInfoFormatException($"{path}.{property} must be a string, not {value.GetRawText()}.");
    }

    /// <summary>An optional array property: null when absent; any other type is an error naming the path.</summary>
    internal static JsonElement? Array(JsonElement e, string property, string path)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Array
            ? value
            : throw new ExchangeInfoFormatException($"{path}.{property} must be an array, not {Shorten(value.GetRawText())}.");
    }

    /// <summary>An optional array of strings.</summary>
    private static IEnumerable<string> Strings(JsonElement e, string property, string path) =>
        Array(e, property, path) is { } array ? StringItems(array, $"{path}.{property}") : [];

    private static List<string> StringItems(JsonElement array, string path)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new ExchangeInfoFormatException($"{path} must be an array of strings, not {Shorten(array.GetRawText())}.");
        }

        var items = new List<string>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new ExchangeInfoFormatException($"{path}[{i}] must be a string, not {Shorten(item.GetRawText())}."));
            i++;
        }

        return items;
    }

    private static long Long(JsonElement e, string property, string path, long fallback)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number)
            ? number
            : throw new ExchangeInfoFormatException($"{path}.{property} must be an integer, not {Shorten(value.GetRawText())}.");
    }

    /// <summary>Quotes a bad value without flooding the message (a whole array can be the wrong value).</summary>
    private static string Shorten(string raw) => raw.Length <= 60 ? raw : raw[..57] + "...";

    internal static int Int(JsonElement e, string property, string path, int fallback)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        throw new ExchangeInfoFormatException($"{path}.{property} must be an integer, not {value.GetRawText()}.");
    }

    internal static bool Bool(JsonElement e, string property, string path)
    {
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ExchangeInfoFormatException($"{path}.{property} must be true or false, not {value.GetRawText()}."),
        };
    }

    internal static decimal Dec(JsonElement e, string property, string path)
    {
        if (!e.TryGetProperty(property, out var value))
        {
            throw new ExchangeInfoFormatException($"{path}.{property} is missing.");
        }

        // Decimals are JSON strings on Spot; some futures fields are numbers. Either is read exactly.
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new ExchangeInfoFormatException($"{path}.{property} must be a decimal string, not {value.GetRawText()}.");
    }
}
