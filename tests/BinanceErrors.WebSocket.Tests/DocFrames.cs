namespace BinanceErrors.WebSocket.Tests;

/// <summary>
/// Frames quoted from Binance's WebSocket API documentation, <c>binance/binance-spot-api-docs</c> at <c>a5e0bc3</c>
/// (<c>web-socket-api.md</c>), with the documentation's <c>//</c> comments removed. Placeholders in braces (the request
/// id, a client order id, the server time) are filled in by the fixture; everything else is verbatim.
/// </summary>
internal static class DocFrames
{
    /// <summary>The example keys of "SIGNED request example (HMAC)".</summary>
    public const string ApiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";

    public const string SecretKey = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";

    /// <summary>"Place new order (TRADE)", <c>ACK</c> response type.</summary>
    public const string OrderPlaceAck = """
        {
            "id": "{id}",
            "status": 200,
            "result": {
                "symbol": "BTCUSDT",
                "orderId": 12569099453,
                "orderListId": -1,
                "clientOrderId": "{clientOrderId}",
                "transactTime": 1660801715639
            },
            "rateLimits": [
                {
                    "rateLimitType": "ORDERS",
                    "interval": "SECOND",
                    "intervalNum": 10,
                    "limit": 50,
                    "count": 1
                },
                {
                    "rateLimitType": "ORDERS",
                    "interval": "DAY",
                    "intervalNum": 1,
                    "limit": 160000,
                    "count": 1
                },
                {
                    "rateLimitType": "REQUEST_WEIGHT",
                    "interval": "MINUTE",
                    "intervalNum": 1,
                    "limit": 6000,
                    "count": 1
                }
            ]
        }
        """;

    /// <summary>"Query order (USER_DATA)" response.</summary>
    public const string OrderStatus = """
        {
            "id": "{id}",
            "status": 200,
            "result": {
                "symbol": "BTCUSDT",
                "orderId": 12569099453,
                "orderListId": -1,
                "clientOrderId": "{clientOrderId}",
                "price": "23416.10000000",
                "origQty": "0.00847000",
                "executedQty": "0.00847000",
                "cummulativeQuoteQty": "198.33521500",
                "status": "FILLED",
                "timeInForce": "GTC",
                "type": "LIMIT",
                "side": "SELL",
                "stopPrice": "0.00000000",
                "trailingDelta": 10,
                "trailingTime": -1,
                "icebergQty": "0.00000000",
                "time": 1660801715639,
                "updateTime": 1660801717945,
                "isWorking": true,
                "workingTime": 1660801715639,
                "origQuoteOrderQty": "0.00000000",
                "strategyId": 37463720,
                "strategyType": 1000000,
                "selfTradePreventionMode": "NONE",
                "preventedMatchId": 0,
                "preventedQuantity": "1.200000"
            },
            "rateLimits": [
                {
                    "rateLimitType": "REQUEST_WEIGHT",
                    "interval": "MINUTE",
                    "intervalNum": 1,
                    "limit": 6000,
                    "count": 4
                }
            ]
        }
        """;

    /// <summary>"Check server time" response.</summary>
    public const string Time = """
        {
            "id": "{id}",
            "status": 200,
            "result": {
                "serverTime": {serverTime}
            },
            "rateLimits": [
                {
                    "rateLimitType": "REQUEST_WEIGHT",
                    "interval": "MINUTE",
                    "intervalNum": 1,
                    "limit": 6000,
                    "count": 1
                }
            ]
        }
        """;

    /// <summary>"Status codes": example of a failed response.</summary>
    public const string InsufficientBalance = """
        {
            "id": "{id}",
            "status": 400,
            "error": {
                "code": -2010,
                "msg": "Account has insufficient balance for requested action."
            },
            "rateLimits": [
                {
                    "rateLimitType": "ORDERS",
                    "interval": "SECOND",
                    "intervalNum": 10,
                    "limit": 50,
                    "count": 13
                },
                {
                    "rateLimitType": "ORDERS",
                    "interval": "DAY",
                    "intervalNum": 1,
                    "limit": 160000,
                    "count": 4044
                },
                {
                    "rateLimitType": "REQUEST_WEIGHT",
                    "interval": "MINUTE",
                    "intervalNum": 1,
                    "limit": 6000,
                    "count": 321
                }
            ]
        }
        """;

    /// <summary>"IP limits": a successful response indicating 70 weight used of 6000 in a minute.</summary>
    public const string WeightUsed70 = """
        {
            "id": "{id}",
            "status": 200,
            "result": [],
            "rateLimits": [
                {
                    "rateLimitType": "REQUEST_WEIGHT",
                    "interval": "MINUTE",
                    "intervalNum": 1,
                    "limit": 6000,
                    "count": 70
                }
            ]
        }
        """;

    /// <summary>"IP limits": a failed response indicating a ban until epoch 1659146400000.</summary>
    public const string Banned = """
        {
            "id": "{id}",
            "status": 418,
            "error": {
                "code": -1003,
                "msg": "Way too much request weight used; IP banned until 1659146400000. Please use WebSocket Streams for live updates to avoid bans.",
                "data": {
                    "serverTime": 1659142907531,
                    "retryAfter": 1659146400000
                }
            },
            "rateLimits": [
                {
                    "rateLimitType": "REQUEST_WEIGHT",
                    "interval": "MINUTE",
                    "intervalNum": 1,
                    "limit": 6000,
                    "count": 2411
                }
            ]
        }
        """;

    /// <summary>"Session Authentication": the session revoked after the key became invalid.</summary>
    public const string Revoked = """
        {
            "id": null,
            "status": 401,
            "error": {
                "code": -2015,
                "msg": "Invalid API-key, IP, or permissions for action."
            }
        }
        """;

    /// <summary>"Server Shutdown" event.</summary>
    public const string ServerShutdown = """
        {
          "event": {
            "e": "serverShutdown",
            "E": 1770123456789
          }
        }
        """;

    /// <summary>
    /// A -1021 refusal in the envelope of "Status codes" (the message is errors.md's for -1021; the documentation
    /// prints no WebSocket example of it).
    /// </summary>
    public const string TimestampOutside = """
        {
            "id": "{id}",
            "status": 400,
            "error": {
                "code": -1021,
                "msg": "Timestamp for this request is outside of the recvWindow."
            }
        }
        """;

    /// <summary>
    /// A 5XX answer in the envelope of "Status codes" ("5XX ... the execution status is unknown"); the message is
    /// errors.md's for -1007.
    /// </summary>
    public const string ExecutionTimeout = """
        {
            "id": "{id}",
            "status": 503,
            "error": {
                "code": -1007,
                "msg": "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
            }
        }
        """;

    /// <summary>"Subscribe to User Data Stream through signature subscription (USER_STREAM)" response.</summary>
    public const string Subscribed = """
        {
            "id": "{id}",
            "status": 200,
            "result": {
                "subscriptionId": 0
            }
        }
        """;

    /// <summary>
    /// user-data-stream.md, "Order Update": the <c>executionReport</c> payload as a WebSocket API subscription delivers
    /// it (client order id filled in).
    /// </summary>
    public const string ExecutionReport = """
        {
            "subscriptionId": 0,
            "event": {
                "e": "executionReport",
                "E": 1499405658658,
                "s": "ETHBTC",
                "c": "{clientOrderId}",
                "S": "BUY",
                "o": "LIMIT",
                "f": "GTC",
                "q": "1.00000000",
                "p": "0.10264410",
                "P": "0.00000000",
                "F": "0.00000000",
                "g": -1,
                "C": "",
                "x": "NEW",
                "X": "NEW",
                "r": "NONE",
                "i": 4293153,
                "l": "0.00000000",
                "z": "0.00000000",
                "L": "0.00000000",
                "n": "0",
                "N": null,
                "T": 1499405658657,
                "t": -1,
                "v": 3,
                "I": 8641984,
                "w": true,
                "m": false,
                "M": false,
                "O": 1499405658657,
                "Z": "0.00000000",
                "Y": "0.00000000",
                "Q": "0.00000000",
                "W": 1499405658657,
                "V": "NONE"
            }
        }
        """;

    /// <summary>Fills the placeholders.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="id">The request id.</param>
    /// <param name="clientOrderId">The client order id.</param>
    /// <param name="serverTime">The server time.</param>
    /// <returns>The frame.</returns>
    public static string Fill(string frame, string id, string? clientOrderId = null, long? serverTime = null) =>
        frame.Replace("{id}", id, StringComparison.Ordinal)
            .Replace("{clientOrderId}", clientOrderId ?? "4d96324ff9d44481926157ec08158a40", StringComparison.Ordinal)
            .Replace("{serverTime}", (serverTime ?? 1656400526260).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
