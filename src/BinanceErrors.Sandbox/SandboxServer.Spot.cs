using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Spot;
using BinanceErrors.Sandbox.Spot.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace BinanceErrors.Sandbox;

/// <summary>The Spot market's admin side: symbol status, reference price and Price Range Execution Rule.</summary>
public sealed partial class SandboxServer
{
    /// <summary>The largest reference price the admin accepts when the symbol has no PRICE_FILTER maximum.</summary>
    private const decimal MaxReferencePrice = 1_000_000_000_000m;

    /// <summary>The largest price-range multiplier the admin accepts.</summary>
    private const decimal MaxMultiplier = 1000m;

    // The admin answers keep a cleared reference price as "referencePrice": null.
    private static readonly JsonSerializerOptions AdminJsonWithNulls = new(AdminJson) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never };

    /// <summary>
    /// Spot: sets a symbol's trading status, e.g. <see cref="SymbolStatus.CancelOnly"/> (since 2026-07-07: new orders are
    /// refused with -2010 <c>Market is closed.</c>, cancels are accepted). exchangeInfo shows it at once; resting orders stay.
    /// </summary>
    /// <param name="symbol">The symbol, e.g. <c>BTCUSDT</c>.</param>
    /// <param name="status">TRADING, END_OF_DAY, HALT, BREAK or CANCEL_ONLY (the Spot statuses).</param>
    /// <exception cref="ArgumentException">An unknown symbol or a status Spot does not have.</exception>
    /// <exception cref="InvalidOperationException">The sandbox serves USDⓈ-M.</exception>
    public void SetSymbolStatus(string symbol, SymbolStatus status)
    {
        RequireSpotSymbol(symbol);
        var text = SpotApi.SpotSymbolStatuses.FirstOrDefault(p => p.Value == status).Key
            ?? throw new ArgumentException($"{status} is not a Spot symbol status; use one of {string.Join(", ", SpotApi.SpotSymbolStatuses.Keys)}.", nameof(status));
        SpotEngine.SetSymbolStatus(symbol, status, text, _clock.NowMs);
    }

    /// <summary>
    /// Spot: sets a symbol's reference price, or clears it with <see langword="null"/>. While it is set, PERCENT_PRICE,
    /// PERCENT_PRICE_BY_SIDE, MIN_NOTIONAL and NOTIONAL use it instead of the average price (since 2026-05-08) and the
    /// symbol's <see cref="PriceRangeRule"/> is enforced; <c>GET /api/v3/referencePrice</c> answers -2043 until one was
    /// ever set, and <c>"referencePrice": null</c> once cleared.
    /// </summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="referencePrice">Above 0, at most the PRICE_FILTER's <c>maxPrice</c> (10¹² without one), with at most the quote asset's precision in decimals.</param>
    /// <exception cref="ArgumentException">An unknown symbol or a price out of that range.</exception>
    /// <exception cref="InvalidOperationException">The sandbox serves USDⓈ-M.</exception>
    public void SetReferencePrice(string symbol, decimal? referencePrice)
    {
        var rules = RequireSpotSymbol(symbol);
        if (referencePrice is { } price)
        {
            var max = rules.Price?.MaxPrice is > 0 ? rules.Price.MaxPrice : MaxReferencePrice;
            var precision = rules.Info.QuoteAssetPrecision;
            if (price <= 0 || price > max || decimal.Round(price, precision) != price)
            {
                throw new ArgumentOutOfRangeException(nameof(referencePrice), price,
                    $"The reference price of {symbol} must be above 0 and at most {Plain(max)}, with at most {precision} decimals.");
            }
        }

        SpotEngine.SetReferencePrice(symbol, referencePrice);
    }

    /// <summary>Spot: sets a symbol's Price Range Execution Rule, or removes it with <see langword="null"/>.</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="rule">Each multiplier, when set, above 0 and at most 1000; the up multipliers at least 1 and the down ones at most 1, so the range holds the reference price.</param>
    /// <exception cref="ArgumentException">An unknown symbol or a multiplier out of that range.</exception>
    /// <exception cref="InvalidOperationException">The sandbox serves USDⓈ-M.</exception>
    public void SetPriceRangeRule(string symbol, PriceRangeRule? rule)
    {
        RequireSpotSymbol(symbol);
        if (rule is not null)
        {
            Check("bidLimitMultUp", rule.BidLimitMultUp, up: true);
            Check("bidLimitMultDown", rule.BidLimitMultDown, up: false);
            Check("askLimitMultUp", rule.AskLimitMultUp, up: true);
            Check("askLimitMultDown", rule.AskLimitMultDown, up: false);
        }

        SpotEngine.SetPriceRange(symbol, rule);

        static void Check(string name, decimal? multiplier, bool up)
        {
            if (multiplier is { } m && (m <= 0 || m > MaxMultiplier || (up ? m < 1 : m > 1) || decimal.Round(m, 8) != m))
            {
                throw new ArgumentOutOfRangeException(name, m, up
                    ? $"{name} must be from 1 to {MaxMultiplier}, with at most 8 decimals."
                    : $"{name} must be above 0 and at most 1, with at most 8 decimals.");
            }
        }
    }

    /// <summary>
    /// Spot: deposits (positive <paramref name="delta"/>) or withdraws (negative) an amount of an asset's free balance,
    /// as a transfer in or out of the account does on the exchange; user data subscribers get a <c>balanceUpdate</c>
    /// and the asset's <c>outboundAccountPosition</c>.
    /// </summary>
    /// <param name="apiKey">The account's API key.</param>
    /// <param name="asset">The asset, e.g. <c>USDT</c> (letters and digits).</param>
    /// <param name="delta">The change, not zero, with at most 8 decimals; a withdrawal at most the free balance.</param>
    /// <exception cref="ArgumentException">An unknown key, an asset that is not letters and digits, or a delta of zero, with more than 8 decimals, or above the free balance.</exception>
    /// <exception cref="InvalidOperationException">The sandbox serves a futures venue.</exception>
    public void AdjustBalance(string apiKey, string asset, decimal delta)
    {
        ArgumentNullException.ThrowIfNull(apiKey);
        ArgumentNullException.ThrowIfNull(asset);
        var engine = _engine ?? throw new InvalidOperationException("Balances are deposited and withdrawn on the Spot sandbox only.");
        if (!_keys.Exists(apiKey))
        {
            throw new ArgumentException($"Unknown API key '{apiKey}'.", nameof(apiKey));
        }

        if (asset.Length is 0 or > 20 || !asset.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{asset}' is not an asset name (letters and digits, e.g. USDT).", nameof(asset));
        }

        if (delta == 0 || decimal.Round(delta, 8) != delta)
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "The change must not be zero and has at most 8 decimals.");
        }

        if (!engine.TryTransfer(apiKey, asset, delta, _clock.NowMs))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, $"A withdrawal of {Plain(-delta)} {asset} is more than the free balance of {Plain(engine.Balances(apiKey).FirstOrDefault(b => b.Asset == asset).Free)}.");
        }
    }

    /// <summary>The Spot engine; the admin endpoints that use it answer 404 on USDⓈ-M before they get here.</summary>
    private MatchingEngine SpotEngine => _engine ?? throw new InvalidOperationException("Symbol status, reference price and price range are set on the Spot sandbox only; this one serves USDⓈ-M.");

    private SymbolRules RequireSpotSymbol(string symbol)
    {
        if (_futures is not null)
        {
            throw new InvalidOperationException("Symbol status, reference price and price range are set on the Spot sandbox only; this one serves USDⓈ-M.");
        }

        ArgumentNullException.ThrowIfNull(symbol);
        return SpotEngine.Rules.TryGetSymbol(symbol, out var rules) ? rules : throw new ArgumentException($"Unknown symbol '{symbol}'.", nameof(symbol));
    }

    /// <summary>A decimal without trailing zeros (1000000.00000000 → 1000000).</summary>
    private static string Plain(decimal value) => (value / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private void MapSpotAdmin(WebApplication app)
    {
        app.MapGet("/sandbox/symbolStatus", () => SpotOnly(() => Results.Json(
            SpotEngine.Rules.Symbols.Select(s => new { symbol = s.Symbol, status = s.Info.StatusText }).ToArray(), AdminJson)));
        app.MapPost("/sandbox/symbolStatus", (HttpContext context) => AdminChangeAsync(context, ["symbol", "status"], body =>
        {
            var symbol = RequiredString(body, "symbol");
            var text = RequiredString(body, "status");
            var status = SpotApi.SpotSymbolStatuses.TryGetValue(text, out var known)
                ? known
                : throw new ArgumentException($"Unknown status '{text}'; use one of {string.Join(", ", SpotApi.SpotSymbolStatuses.Keys)}.");
            SetSymbolStatus(symbol, status);
            return new { symbol, status = text };
        }));

        app.MapGet("/sandbox/referencePrice", () => SpotOnly(() => Results.Json(
            SpotEngine.Rules.Symbols.Select(s => (s.Symbol, Reference: SpotEngine.ReferencePrice(s.Symbol)))
                .Where(r => r.Reference.EverSet)
                .Select(r => new { symbol = r.Symbol, referencePrice = r.Reference.Price is { } p ? SpotWire.Decimal(p) : null })
                .ToArray(),
            AdminJsonWithNulls)));
        app.MapPost("/sandbox/referencePrice", (HttpContext context) => AdminChangeAsync(context, ["symbol", "referencePrice"], body =>
        {
            var symbol = RequiredString(body, "symbol");
            if (!body.TryGetProperty("referencePrice", out _))
            {
                throw new ArgumentException("The body must be {\"symbol\": …, \"referencePrice\": …} (a decimal, or null to clear it).");
            }

            var price = AdminDecimal(body, "referencePrice");
            SetReferencePrice(symbol, price);
            return new { symbol, referencePrice = price is { } p ? SpotWire.Decimal(p) : null };
        }));

        app.MapPost("/sandbox/balance", (HttpContext context) => AdminChangeAsync(context, ["apiKey", "asset", "delta"], body =>
        {
            var apiKey = RequiredString(body, "apiKey");
            var asset = RequiredString(body, "asset");
            var delta = AdminDecimal(body, "delta") ?? throw new ArgumentException("'delta' is required: a positive amount deposits, a negative one withdraws.");
            AdjustBalance(apiKey, asset, delta);
            var (_, free, locked) = SpotEngine.Balances(apiKey).First(b => b.Asset == asset);
            return new { apiKey, asset, free, locked };
        }));
        app.MapGet("/sandbox/executionRules", () => SpotOnly(() => Results.Json(
            SpotEngine.Rules.Symbols.Select(s => (s.Symbol, Rule: SpotEngine.PriceRange(s.Symbol))).Where(r => r.Rule is not null)
                .Select(r => new { symbol = r.Symbol, r.Rule!.BidLimitMultUp, r.Rule.BidLimitMultDown, r.Rule.AskLimitMultUp, r.Rule.AskLimitMultDown })
                .ToArray(),
            AdminJson)));
        app.MapPost("/sandbox/executionRules", (HttpContext context) => AdminChangeAsync(context, ["symbol", "bidLimitMultUp", "bidLimitMultDown", "askLimitMultUp", "askLimitMultDown"], body =>
        {
            var symbol = RequiredString(body, "symbol");
            var rule = new PriceRangeRule
            {
                BidLimitMultUp = AdminDecimal(body, "bidLimitMultUp"),
                BidLimitMultDown = AdminDecimal(body, "bidLimitMultDown"),
                AskLimitMultUp = AdminDecimal(body, "askLimitMultUp"),
                AskLimitMultDown = AdminDecimal(body, "askLimitMultDown"),
            };
            var any = rule.BidLimitMultUp ?? rule.BidLimitMultDown ?? rule.AskLimitMultUp ?? rule.AskLimitMultDown;
            SetPriceRangeRule(symbol, any is null ? null : rule);
            return new { symbol, rule = any is null ? null : rule };
        }));
    }

    private IResult SpotOnly(Func<IResult> answer) => _futures is null
        ? answer()
        : Results.Json(new { error = "This admin endpoint belongs to the Spot sandbox; this one serves USDⓈ-M." }, AdminJson, statusCode: 404);

    /// <summary>Reads a JSON object with only the named fields, applies it, and answers the change or 400 with the reason.</summary>
    private async Task AdminChangeAsync(HttpContext context, string[] fields, Func<JsonElement, object> apply)
    {
        var result = await ApplyAdminChangeAsync(context, fields, apply).ConfigureAwait(false);
        await result.ExecuteAsync(context).ConfigureAwait(false);
    }

    private async Task<IResult> ApplyAdminChangeAsync(HttpContext context, string[] fields, Func<JsonElement, object> apply)
    {
        if (_futures is not null)
        {
            return SpotOnly(() => Results.Empty);
        }

        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
            var body = document.RootElement;
            if (body.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException($"The body must be a JSON object with {string.Join(", ", fields)}.");
            }

            foreach (var property in body.EnumerateObject())
            {
                if (!fields.Contains(property.Name, StringComparer.Ordinal))
                {
                    throw new ArgumentException($"Unknown field '{property.Name}'; the fields are {string.Join(", ", fields)}.");
                }
            }

            return Results.Json(apply(body), AdminJsonWithNulls);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            return Results.Json(new { error = Reason(ex) }, AdminJson, statusCode: 400);
        }
    }

    /// <summary>The reason alone, without the " (Parameter 'x')" and "Actual value was …" that ArgumentException appends.</summary>
    private static string Reason(Exception ex)
    {
        var message = ex.Message;
        var suffix = ex is ArgumentException { ParamName: { } name } ? message.IndexOf($" (Parameter '{name}')", StringComparison.Ordinal) : -1;
        return suffix >= 0 ? message[..suffix] : message;
    }

    private static string RequiredString(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new ArgumentException($"'{name}' must be a non-empty string.");

    /// <summary>A decimal given as a JSON number or string; <see langword="null"/> when absent or null; out of decimal's range is refused.</summary>
    private static decimal? AdminDecimal(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String
            && decimal.TryParse(value.GetString(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new ArgumentException($"'{name}' must be a decimal number (or a string holding one), not {value.GetRawText()}.");
    }
}
