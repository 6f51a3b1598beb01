using System.Globalization;
using System.Text;

namespace BinanceErrors.Benchmarks;

/// <summary>
/// Writes a bot log for the scan benchmarks: freqtrade/hummingbot-style timestamped lines (prices, PnL, order ids,
/// dates: everything that looks like a code and is not), and 1 line in 100 a Binance error in one of the common forms.
/// Generated, never committed; the same seed gives the same log.
/// </summary>
public static class BotLogGenerator
{
    private static readonly string[] Ordinary =
    [
        "freqtrade.freqtradebot - INFO - Buy signal found: about create a new trade for BTC/USDT with stake_amount: 50.0 ...",
        "hummingbot.strategy.script_strategy_base - INFO - Creating AVAX-USDT buy order: price: 27.1234 amount: 0.74000000.",
        "freqtrade.persistence - INFO - Updating trade (id=27) ... realized PnL -13.52 USDT (-1.08%)",
        "hummingbot.connector.exchange.binance.binance_exchange - INFO - The BUY order x-XEKWYICXBAXUT61bcfd9c84eb36c5b amounting to 0.74/0.74 AVAX has been filled.",
        "bot - DEBUG - GET https://api.binance.com/api/v3/depth?symbol=BTCUSDT&limit=100 200 (12 ms) weight 5/6000",
        "freqtrade.rpc.telegram - INFO - Sell order 123689936 for ETH/USDT filled at 1013.25, profit 2.06%",
        "bot - INFO - heartbeat: 14 open orders, balance 1021.5 USDT, equity 2010.37, drawdown -3.2%",
    ];

    private static readonly string[] Errors =
    [
        "binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: LOT_SIZE",
        "freqtrade.exchange.exchange - WARNING - Could not create limit buy order on market LTC/BTC. Message: binance {\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}",
        "OSError: Error executing request POST https://fapi.binance.com/fapi/v1/order. HTTP status is 400. Error: {\"code\":-2027,\"msg\":\"Exceeded the maximum allowable position at current leverage.\"}",
        "ccxt.base.errors.DDoSProtection: binance 429 Too Many Requests {\"code\":-1003,\"msg\":\"Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API.\"}",
        "ERROR - APIError(code=-1021): Timestamp for this request is outside of the recvWindow.",
        "<APIError> code=-1121, msg=Invalid symbol.",
        "ccxt.base.errors.InsufficientFunds: binance Account has insufficient balance for requested action.",
    ];

    /// <summary>Writes about <paramref name="bytes"/> bytes of log to <paramref name="path"/>; returns the number of error lines.</summary>
    public static long Write(string path, long bytes)
    {
        var random = new Random(20261207);
        var time = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Unspecified);
        long written = 0;
        long errors = 0;
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        var line = new StringBuilder(256);
        for (long n = 1; written < bytes; n++)
        {
            time = time.AddMilliseconds(random.Next(5, 400));
            line.Clear();
            line.Append(time.ToString("yyyy-MM-dd HH:mm:ss,fff", CultureInfo.InvariantCulture)).Append(" - ");
            if (n % 100 == 0)
            {
                line.Append(Errors[random.Next(Errors.Length)]);
                errors++;
            }
            else
            {
                line.Append(Ordinary[random.Next(Ordinary.Length)]);
            }

            line.Append('\n');
            writer.Write(line);
            written += line.Length;
        }

        return errors;
    }
}
