namespace BinanceErrors.Preflight.Tests.Filters;

/// <summary>
/// exchangeInfo documents written for one rule each: the realistic fixture has the same multipliers and limits on
/// both sides of most filters, so a rule that swapped bid for ask (or above for below) would pass against it.
/// These symbols give each side its own number. Shapes follow GET /api/v3/exchangeInfo.
/// </summary>
internal static class SyntheticExchange
{
    /// <summary>Compiles a document with the given symbols (JSON objects) and optional exchange filters.</summary>
    public static ExchangeRules Compile(string symbols, string exchangeFilters = "[]") =>
        ExchangeRules.Compile(ExchangeInfo.Parse($$"""{"timezone":"UTC","serverTime":1,"rateLimits":[],"exchangeFilters":{{exchangeFilters}},"symbols":[{{symbols}}]}"""));

    /// <summary>A TRADING symbol with every order type and flag on, and the given filters.</summary>
    public static string Symbol(string name, string filters, int basePrecision = 8, int quotePrecision = 8, string orderTypes = AllTypes) => $$"""
        {"symbol":"{{name}}","status":"TRADING","baseAsset":"AAA","baseAssetPrecision":{{basePrecision}},"quoteAsset":"USDT","quotePrecision":{{quotePrecision}},
         "quoteAssetPrecision":{{quotePrecision}},"orderTypes":{{orderTypes}},"icebergAllowed":true,"ocoAllowed":true,"otoAllowed":true,
         "quoteOrderQtyMarketAllowed":true,"allowTrailingStop":true,"cancelReplaceAllowed":true,"isSpotTradingAllowed":true,
         "isMarginTradingAllowed":false,"filters":{{filters}},"permissionSets":[["SPOT"]]}
        """;

    public const string AllTypes = """["LIMIT","LIMIT_MAKER","MARKET","STOP_LOSS","STOP_LOSS_LIMIT","TAKE_PROFIT","TAKE_PROFIT_LIMIT"]""";
}
