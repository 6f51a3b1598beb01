using System.Globalization;
using System.Text.Json;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox.Pipeline;
using BinanceErrors.Sandbox.Spot.Engine;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>
/// The Price Range Execution Rule's endpoints (CHANGELOG 2026-03-09): <c>GET /api/v3/referencePrice</c>,
/// <c>GET /api/v3/referencePrice/calculation</c> and <c>GET /api/v3/executionRules</c>, and the symbol status names.
/// </summary>
internal sealed partial class SpotApi
{
    /// <summary>The Spot symbol statuses (enums.md, "Symbol status"), by their wire names.</summary>
    internal static readonly IReadOnlyDictionary<string, SymbolStatus> SpotSymbolStatuses = new Dictionary<string, SymbolStatus>(StringComparer.Ordinal)
    {
        ["TRADING"] = SymbolStatus.Trading,
        ["END_OF_DAY"] = SymbolStatus.EndOfDay,
        ["HALT"] = SymbolStatus.Halt,
        ["BREAK"] = SymbolStatus.Break,
        ["CANCEL_ONLY"] = SymbolStatus.CancelOnly,
    };

    private void RegisterPriceRules()
    {
        Add("GET", "/api/v3/referencePrice", ReferencePrice, parameters: ["symbol"]);
        Add("GET", "/api/v3/referencePrice/calculation", ReferencePriceCalculation, parameters: ["symbol", "symbolStatus"]);
        Add("GET", "/api/v3/executionRules", ExecutionRules, parameters: ["symbol", "symbols", "symbolStatus"]);
    }

    /// <summary><c>symbolStatus</c> when sent: one of the enum's names (else -1122 <c>Invalid symbolStatus.</c>).</summary>
    private string? RequestedStatus(OperationCall call)
    {
        var status = call["symbolStatus"];
        return status is null || SpotSymbolStatuses.ContainsKey(status) ? status : throw _messages.Reject(BinanceErrorCodes.InvalidSymbolStatus);
    }

    /// <summary>The symbols a list endpoint covers: <c>symbol</c>, <c>symbols</c> or <c>symbolStatus</c> (at most one of them), else all.</summary>
    private IReadOnlyList<SymbolRules> SelectSymbols(OperationCall call)
    {
        var status = RequestedStatus(call);
        var given = (call["symbol"] is null ? 0 : 1) + (call["symbols"] is null ? 0 : 1) + (status is null ? 0 : 1);
        if (given > 1)
        {
            throw _messages.Reject(BinanceErrorCodes.OptionalParamsBadCombo);
        }

        var rules = _engine.Rules;
        if (Symbols(call) is { } wanted)
        {
            return [.. wanted.Select(s => rules.TryGetSymbol(s, out var r) ? r : throw _messages.Reject(BinanceErrorCodes.BadSymbol))];
        }

        return [.. rules.Symbols.Where(s => status is null || s.Info.StatusText == status)];
    }

    /// <summary>
    /// The reference price: -2043 when the symbol never had one, <c>"referencePrice": null</c> when it was cleared
    /// (rest-api.md, "Query Reference Price"). <c>timestamp</c> is when the price was valid: now, for a price that is set.
    /// </summary>
    private OperationResult ReferencePrice(OperationCall call)
    {
        var symbol = RequireSymbol(call, out _);
        var (everSet, price) = _engine.ReferencePrice(symbol);
        if (!everSet)
        {
            throw _messages.Reject(BinanceErrorCodes.NoReferencePrice);
        }

        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("symbol", symbol);
            if (price is { } value)
            {
                json.WriteString("referencePrice", SpotWire.Decimal(value));
            }
            else
            {
                json.WriteNull("referencePrice");
            }

            json.WriteNumber("timestamp", call.Now);
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// How the reference price is calculated: the sandbox's is set from outside the engine (the admin API), which the
    /// exchange reports as <c>EXTERNAL</c> method 0, "set manually by a human operator"; -2043 while none is set.
    /// </summary>
    private OperationResult ReferencePriceCalculation(OperationCall call)
    {
        var symbol = RequireSymbol(call, out var rules);
        if (RequestedStatus(call) is { } status && rules.Info.StatusText != status)
        {
            throw _messages.Reject(BinanceErrorCodes.SymbolDoesNotMatchStatus);
        }

        if (_engine.ReferencePrice(symbol).Price is null)
        {
            throw _messages.Reject(BinanceErrorCodes.NoReferencePrice);
        }

        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteString("symbol", symbol);
            json.WriteString("calculationType", "EXTERNAL");
            json.WriteNumber("externalCalculationId", 0);
            json.WriteEndObject();
        });
    }

    /// <summary><c>{"symbolRules":[{"symbol", "rules":[{"ruleType":"PRICE_RANGE", …}]}]}</c>; a symbol without a rule has <c>"rules": []</c>.</summary>
    private OperationResult ExecutionRules(OperationCall call)
    {
        var symbols = SelectSymbols(call);
        var rows = symbols.Select(s => (s.Symbol, Rule: _engine.PriceRange(s.Symbol))).ToArray();
        return Json(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("symbolRules");
            foreach (var (symbol, rule) in rows)
            {
                json.WriteStartObject();
                json.WriteString("symbol", symbol);
                json.WriteStartArray("rules");
                if (rule is not null)
                {
                    WritePriceRange(json, rule);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>One <c>PRICE_RANGE</c> rule; a multiplier that is not set is left out, as the docs describe.</summary>
    internal static void WritePriceRange(Utf8JsonWriter json, PriceRangeRule rule)
    {
        json.WriteStartObject();
        json.WriteString("ruleType", "PRICE_RANGE");
        Multiplier("bidLimitMultUp", rule.BidLimitMultUp);
        Multiplier("bidLimitMultDown", rule.BidLimitMultDown);
        Multiplier("askLimitMultUp", rule.AskLimitMultUp);
        Multiplier("askLimitMultDown", rule.AskLimitMultDown);
        json.WriteEndObject();

        void Multiplier(string name, decimal? value)
        {
            if (value is { } v)
            {
                // The docs show four decimals ("2.0000", "0.9999"); more are kept when set.
                json.WriteString(name, v.Scale >= 4 ? v.ToString(CultureInfo.InvariantCulture) : v.ToString("F4", CultureInfo.InvariantCulture));
            }
        }
    }
}
