namespace BinanceErrors.Preflight.Tests;

/// <summary>The Spot parameters the oracle names in its errors.</summary>
internal enum OracleParameter
{
    None = 0,
    Symbol,
    Side,
    Type,
    TimeInForce,
    Quantity,
    QuoteOrderQty,
    Price,
    StopPrice,
    TrailingDelta,
    IcebergQty,
    NewClientOrderId,
}

/// <summary>Wire names and -1100 legal ranges, as the oracle knows them.</summary>
internal static class OracleParameterNames
{
    public static string Name(this OracleParameter parameter) =>
        char.ToLowerInvariant(parameter.ToString()[0]) + parameter.ToString()[1..];

    public static string LegalRange(this OracleParameter parameter) => parameter switch
    {
        OracleParameter.Symbol => "^[A-Z0-9-_.]{1,20}$",
        OracleParameter.NewClientOrderId => "^[a-zA-Z0-9-_]{1,36}$",
        OracleParameter.TrailingDelta => "^([0-9]{1,20})$",
        _ => "^([0-9]{1,20})(\\.[0-9]{1,20})?$",
    };
}
