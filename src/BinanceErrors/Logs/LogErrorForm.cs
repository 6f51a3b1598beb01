namespace BinanceErrors.Logs;

/// <summary>How a Binance error was written in a log line: the shape the scanner recognised, whatever library printed it.</summary>
public enum LogErrorForm
{
    /// <summary>
    /// A body with a <c>code</c> key and a <c>msg</c> key: the exchange's JSON (raw, escaped, or after a ccxt
    /// <c>binance</c> prefix), a Python dict or JS object print of it, go's <c>&lt;APIError&gt; code=…, msg=…</c>,
    /// Rust's <c>code: …, msg: …</c>.
    /// </summary>
    KeyedBody = 0,

    /// <summary>python-binance's <c>APIError(code=-1013): Filter failure: LOT_SIZE</c> and the bots built on it.</summary>
    ApiError = 1,

    /// <summary>A code followed by its message: <c>-1022: Signature…</c>, <c>ERROR: -1013, Filter failure…</c>, <c>Api Error Code: -1021 Message: …</c>.</summary>
    CodeThenMessage = 2,

    /// <summary>binance-connector-python's <c>ClientError: (400, -1121, 'Invalid symbol.', …)</c>: status, code and message.</summary>
    StatusTuple = 3,

    /// <summary>Only the exchange's message, mapped to its code through the catalog's templates when only one code has it.</summary>
    MessageOnly = 4,

    /// <summary>An HTTP status the exchange answered with (418, 429, 403, 451, 5XX) and no Binance code.</summary>
    HttpStatus = 5,
}
