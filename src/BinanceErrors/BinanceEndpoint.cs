using System.Globalization;
using BinanceErrors.Internal;

namespace BinanceErrors;

/// <summary>
/// One REST endpoint as the exchange documents it: its request weight (and how parameters change it), whether it
/// must be signed, and what it does. Entries come from <see cref="BinanceEndpoints"/>.
/// </summary>
public sealed class BinanceEndpoint
{
    private readonly int? _weightWithoutSymbol;
    private readonly WeightRule _rule;

    internal BinanceEndpoint(string method, string path, int weight, bool signed, RequestIntent intent, int? withoutSymbol = null, WeightRule rule = WeightRule.Fixed, bool freeOnSuccess = false)
    {
        FreeOnSuccess = freeOnSuccess;
        Method = method;
        Path = path;
        Weight = weight;
        Signed = signed;
        Intent = intent;
        _weightWithoutSymbol = withoutSymbol;
        _rule = rule;
    }

    /// <summary>The HTTP method, e.g. <c>GET</c>.</summary>
    public string Method { get; }

    /// <summary>The path, e.g. <c>/api/v3/depth</c>.</summary>
    public string Path { get; }

    /// <summary>The weight of a call for one symbol with the other parameters at their defaults.</summary>
    public int Weight { get; }

    /// <summary>Whether the endpoint needs a signature (and so a timestamp).</summary>
    public bool Signed { get; }

    /// <summary>What a call does: reads, places or cancels orders, or changes other state.</summary>
    public RequestIntent Intent { get; }

    /// <summary>
    /// Whether a successful call costs no request weight: Spot's order placement and cancel endpoints since 2026-04-02
    /// (CHANGELOG 2026-03-27). A failed call still costs <see cref="Weight"/>, so a limiter reserves it and gives it back
    /// when the call succeeds.
    /// </summary>
    public bool FreeOnSuccess { get; }

    /// <summary>The weight of a call with the given parameters.</summary>
    /// <param name="parameter">Looks a parameter up by name; <see langword="null"/> when the call does not send it.</param>
    /// <returns>The documented weight for those parameters.</returns>
    public int WeightFor(Func<string, string?> parameter)
    {
        ArgumentNullException.ThrowIfNull(parameter);

        // Spot executionRules: "symbols: 2 for each symbol, capped at a max of 40" (rest-api.md, Query Execution Rules).
        if (_rule == WeightRule.SpotExecutionRulesSymbols && parameter("symbol") is null && parameter("symbols") is { } symbols)
        {
            return Math.Min(_weightWithoutSymbol ?? Weight, Weight * CountListed(symbols));
        }

        if (_weightWithoutSymbol is { } all && parameter("symbol") is null)
        {
            return all;
        }

        return _rule switch
        {
            // Spot depth: limit 1-100 → 5, 101-500 → 25, 501-1000 → 50, 1001-5000 → 250; the default limit is 100.
            WeightRule.SpotDepthLimit => int.TryParse(parameter("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
                ? limit switch
                {
                    <= 100 => 5,
                    <= 500 => 25,
                    <= 1000 => 50,
                    _ => 250,
                }
                : Weight,
            // USDⓈ-M depth: limit 5-50 → 2, 100 → 5, 500 → 10, 1000 → 20; the default limit is 500.
            WeightRule.FuturesDepthLimit => int.TryParse(parameter("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
                ? limit switch
                {
                    <= 50 => 2,
                    <= 100 => 5,
                    <= 500 => 10,
                    _ => 20,
                }
                : Weight,
            // USDⓈ-M klines: limit [1,100) → 1, [100,500) → 2, [500,1000] → 5, > 1000 → 10; the default limit is 500.
            WeightRule.FuturesKlinesLimit => int.TryParse(parameter("limit"), NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
                ? limit switch
                {
                    < 100 => 1,
                    < 500 => 2,
                    <= 1000 => 5,
                    _ => 10,
                }
                : Weight,
            // Spot myTrades: 20 without orderId, 5 with it.
            WeightRule.SpotMyTradesOrderId => parameter("orderId") is null ? Weight : 5,
            // Spot order/test: 1 without computeCommissionRates, 20 with computeCommissionRates=true.
            WeightRule.SpotTestOrderCommission => string.Equals(parameter("computeCommissionRates"), "true", StringComparison.OrdinalIgnoreCase) ? 20 : Weight,
            _ => Weight,
        };
    }

    /// <summary>The weight of a call with the given query string.</summary>
    /// <param name="query">The query, with or without its leading <c>?</c>; <see langword="null"/> or empty for none.</param>
    /// <returns>The documented weight for those parameters.</returns>
    public int WeightFor(string? query)
    {
        if (string.IsNullOrEmpty(query))
        {
            return WeightFor(static _ => null);
        }

        var text = query.AsSpan().TrimStart('?').ToString();
        return WeightFor(name => QueryParameter(text, name));
    }

    /// <summary>The method and path, e.g. <c>GET /api/v3/depth</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Method + " " + Path;

    /// <summary>How many values a JSON array parameter lists, e.g. 2 for <c>["BTCUSDT","BNBBTC"]</c>.</summary>
    private static int CountListed(string array)
    {
        var inner = array.AsSpan().Trim().TrimStart('[').TrimEnd(']').Trim();
        return inner.IsEmpty ? 0 : inner.Count(',') + 1;
    }

    private static string? QueryParameter(string query, string name)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (string.Equals(key, name, StringComparison.Ordinal))
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }
}
