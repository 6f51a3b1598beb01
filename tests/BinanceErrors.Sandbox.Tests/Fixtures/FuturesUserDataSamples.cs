namespace BinanceErrors.Sandbox.Tests.Fixtures;

/// <summary>
/// The USDⓈ-M user data stream events as the exchange documents them, quoted verbatim (comments included; parse with
/// <see cref="System.Text.Json.JsonCommentHandling.Skip"/>). The sandbox's events must have the same field names in the
/// same order.
/// </summary>
public static class FuturesUserDataSamples
{
    /// <summary>
    /// developers.binance.com/docs/derivatives/usds-margined-futures/user-data-streams/Event-Order-Update, via the
    /// rosssaunders/coincise mirror (docs/binance/usdm/private_websocket_api.md at 42d53bd6^).
    /// </summary>
    public const string OrderTradeUpdate = """
{
  "e": "ORDER_TRADE_UPDATE", // Event Type
  "E": 1568879465651, // Event Time
  "T": 1568879465650, // Transaction Time
  "o": {
    "s": "BTCUSDT", // Symbol
    "c": "TEST", // Client Order Id
    // special client order id:
    // starts with "autoclose-": liquidation order
    // "adl_autoclose": ADL auto close order
    // "settlement_autoclose-": settlement order for delisting or delivery
    "S": "SELL", // Side
    "o": "TRAILING_STOP_MARKET", // Order Type
    "f": "GTC", // Time in Force
    "q": "0.001", // Original Quantity
    "p": "0", // Original Price
    "ap": "0", // Average Price
    "sp": "7103.04", // Stop Price. Please ignore with TRAILING_STOP_MARKET order
    "x": "NEW", // Execution Type
    "X": "NEW", // Order Status
    "i": 8886774, // Order Id
    "l": "0", // Order Last Filled Quantity
    "z": "0", // Order Filled Accumulated Quantity
    "L": "0", // Last Filled Price
    "N": "USDT", // Commission Asset
    "n": "0", // Commission
    "T": 1568879465650, // Order Trade Time
    "t": 0, // Trade Id
    "b": "0", // Bids Notional
    "a": "9.91", // Ask Notional
    "m": false, // Is this trade the maker side?
    "R": false, // Is this reduce only
    "wt": "CONTRACT_PRICE", // Stop Price Working Type
    "ot": "TRAILING_STOP_MARKET", // Original Order Type
    "ps": "LONG", // Position Side
    "cp": false, // If Close-All, pushed with conditional order
    "AP": "7476.89", // Activation Price, only puhed with TRAILING_STOP_MARKET order
    "cr": "5.0", // Callback Rate, only puhed with TRAILING_STOP_MARKET order
    "pP": false, // If price protection is turned on
    "si": 0, // ignore
    "ss": 0, // ignore
    "rp": "0", // Realized Profit of the trade
    "V": "EXPIRE_TAKER", // STP mode
    "pm": "OPPONENT", // Price match mode
    "gtd": 0, // TIF GTD order auto cancel time
    "er": "0" // Expire Reason
  }
}
""";

    /// <summary>
    /// …/user-data-streams/Event-Balance-and-Position-Update, same mirror. Verbatim, so not strict JSON: it has a
    /// full-width comma after the first position (see <see cref="Strict"/>).
    /// </summary>
    public const string AccountUpdate = """
{
  "e": "ACCOUNT_UPDATE",				// Event Type
  "E": 1564745798939,            		// Event Time
  "T": 1564745798938 ,           		// Transaction
  "a":                          		// Update Data
    {
      "m":"ORDER",						// Event reason type
      "B":[                     		// Balances
        {
          "a":"USDT",           		// Asset
          "wb":"122624.12345678",    	// Wallet Balance
          "cw":"100.12345678",			// Cross Wallet Balance
          "bc":"50.12345678"			// Balance Change except PnL and Commission
        },
        {
          "a":"BUSD",
          "wb":"1.00000000",
          "cw":"0.00000000",
          "bc":"-49.12345678"
        }
      ],
      "P":[
        {
          "s":"BTCUSDT",          	// Symbol
          "pa":"0",               	// Position Amount
          "ep":"0.00000",            // Entry Price
          "bep":"0",                // breakeven price
		  "cr":"200",             	// (Pre-fee) Accumulated Realized
          "up":"0",						// Unrealized PnL
          "mt":"isolated",				// Margin Type
          "iw":"0.00000000",			// Isolated Wallet (if isolated position)
          "ps":"BOTH"					// Position Side
        }，
        {
        	"s":"BTCUSDT",
        	"pa":"20",
        	"ep":"6563.66500",
        	"bep":"0",                // breakeven price
        	"cr":"0",
        	"up":"2850.21200",
        	"mt":"isolated",
        	"iw":"13200.70726908",
        	"ps":"LONG"
      	 },
        {
        	"s":"BTCUSDT",
        	"pa":"-10",
        	"ep":"6563.86000",
        	"bep":"6563.6",          // breakeven price
        	"cr":"-45.04000000",
        	"up":"-1423.15600",
        	"mt":"isolated",
        	"iw":"6570.42511771",
        	"ps":"SHORT"
        }
      ]
    }
}
""";

    /// <summary>…/user-data-streams/Event-User-Data-Stream-Expired, same mirror (<c>E</c> is a string there).</summary>
    public const string ListenKeyExpired = """
{
  "e": "listenKeyExpired", // event type
  "E": "1736996475556", // event time
  "listenKey": "WsCMN0a4KHUPTQuX6IUnqEZfB1inxmv1qR4kbf1LuEjur5VdbzqvyxqG9TSjVVxv"
}
""";

    /// <summary>
    /// developers.binance.com/docs/zh-CN/derivatives/usds-margined-futures/user-data-streams/Event-Algo-Order-Update
    /// (the English page's sample is the same object with English comments; the stored copy of it is cut short).
    /// </summary>
    public const string AlgoUpdate = """
{
"e":"ALGO_UPDATE", // 事件类型
"T":1750515742297, // 事件时间
"E":1750515742303, // 撮合时间
"o":{
"caid":"Q5xaq5EGKgXXa0fD7fs0Ip", // 客户端自定条件订单ID
"aid":2148719, // 条件单 Id
"at":"CONDITIONAL", // 条件单类型
"o":"TAKE_PROFIT", //订单类型
"s":"BNBUSDT", //交易对
"S":"SELL", //订单方向
"ps":"BOTH", //持仓方向
"f":"GTC", //有效方式
"q":"0.01", //订单数量
"X":"CANCELED", //条件单状态
"ai":"", // 触发后普通订单 id
"ap": "0.00000", // 触发后在撮合引擎中实际订单的平均成交价格,仅在订单被触发并进入撮合引擎时显示
"aq": "0.00000", // 触发后在撮合引擎中实际订单已成交数量,仅当订单被触发并进入撮合引擎时显示
"act": "0", // 触发后在撮合引擎中实际的订单类型,仅当订单被触发并进入撮合引擎时显示
"tp":"750", //条件单触发价格
"p":"750", //订单价格
"V":"EXPIRE_MAKER", //自成交防止模式
"wt":"CONTRACT_PRICE", //触发价类型
"pm":"NONE", // 价格匹配模式
"cp":false, //是否为触发平仓单; 仅在条件订单情况下会推送此字段
"pP":false, //是否开启条件单触发保护
"R":false, // 是否是只减仓单
"tt":0, //触发时间
"gtd":0, // TIF为GTD的订单自动取消时间
"rm": "Reduce Only reject" // 条件单失败原因
}
}
""";

    /// <summary>A quoted sample as strict JSON with comments: the full-width comma in the ACCOUNT_UPDATE sample made ASCII.</summary>
    public static string Strict(string sample) => sample.Replace('\uFF0C', ',');
}
