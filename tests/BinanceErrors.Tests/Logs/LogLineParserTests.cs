using BinanceErrors.Logs.Internal;

namespace BinanceErrors.Tests.Logs;

/// <summary>
/// The line parser on its own: what it reads from one line (form, code, status, where the error starts, the message and
/// how it was read), on real lines (sources below and in Fixtures/Logs/real-log-lines.jsonl) and on each look-alike it
/// must refuse. A finding is printed as <c>Form code status @start flags [message]</c> so a table row says all of it.
/// </summary>
public sealed class LogLineParserTests
{
    [Theory]
    // python-binance (https://github.com/sammchardy/python-binance/issues/1411): APIError( is where the error starts.
    [InlineData("binance.exceptions.BinanceAPIException: APIError(code=-1013): Filter failure: PERCENT_PRICE_BY_SIDE",
        "ApiError -1013 - @40 rest [Filter failure: PERCENT_PRICE_BY_SIDE]")]
    // ccxt (https://github.com/cryptoeax/arbbot/issues/158): a JSON body, its msg read as a whole value.
    [InlineData("10:52:09: ERROR during management task: binance {\"code\":-2010,\"msg\":\"Account has insufficient balance for requested action.\"}",
        "KeyedBody -2010 - @50 exact msg [Account has insufficient balance for requested action.]")]
    // passivbot (https://github.com/enarjord/passivbot/issues/401): a Python dict, the message in double quotes because it holds a single one.
    [InlineData("error executing order [{'code': -4164, 'msg': \"Order's notional must be no smaller than 5.0 (unless you choose reduce only)\"}, {'orderId': 1514982812}]",
        "KeyedBody -4164 - @25 exact msg [Order's notional must be no smaller than 5.0 (unless you choose reduce only)]")]
    // Ruby's hash (https://github.com/craysiii/binance/issues/25): "code"=> and "msg"=>.
    [InlineData("`{\"code\"=>-2015, \"msg\"=>\"Invalid API-key, IP, or permissions for action.\"}`",
        "KeyedBody -2015 - @3 exact msg [Invalid API-key, IP, or permissions for action.]")]
    // go-binance (https://github.com/binance/binance-connector-go/issues/26): unquoted key and value.
    [InlineData("<APIError> code=-1121, msg=Invalid symbol.", "KeyedBody -1121 - @11 exact msg [Invalid symbol.]")]
    // PHP's print_r: [code] => and [msg] =>, neither quoted.
    [InlineData("Array ( [code] => -1121 [msg] => Invalid symbol. )", "KeyedBody -1121 - @9 exact msg [Invalid symbol.]")]
    // A PHP key with no msg after it: no quote, so the rest of the line is the message.
    [InlineData("[code] => -1121 while placing", "CodeThenMessage -1121 - @1 rest [while placing]")]
    // JSON-RPC and other clients say "message": read, but not a msg key.
    [InlineData("{\"code\": -2010, \"message\": \"Account has insufficient balance for requested action.\"}",
        "KeyedBody -2010 - @2 exact [Account has insufficient balance for requested action.]")]
    // A msg key must start within 37 characters after the code (its three letters within 40); further on, the
    // first quoted value after the code is taken.
    [InlineData("{\"code\":-2010,                                   \"msg\":\"x\"}", "KeyedBody -2010 - @2 exact msg [x]")]
    [InlineData("{\"code\":-2010,                                    \"msg\":\"x\"}", "KeyedBody -2010 - @2 exact [msg]")]
    // "errmsg" is not a msg key (a letter before it); the next key is.
    [InlineData("{'code': -1102, 'errmsg': 'a', 'msg': 'Mandatory parameter was not sent.'}",
        "KeyedBody -1102 - @2 exact msg [Mandatory parameter was not sent.]")]
    // A "msg" word with no ':' or '=' after it is no key.
    [InlineData("code=-1102 msg missing", "CodeThenMessage -1102 - @0 rest [msg missing]")]
    // A line that ends right after the msg word, or after "msg=" (an empty value), or in a lone backslash.
    [InlineData("code=-1102 msg", "CodeThenMessage -1102 - @0 rest [msg]")]
    [InlineData("code=-1102, msg=", "KeyedBody -1102 - @0 exact msg []")]
    [InlineData("code=-1102, msg=\\", "KeyedBody -1102 - @0 exact msg [\\]")]
    [InlineData("error -1013 \\", "CodeThenMessage -1013 - @5 rest [\\]")]
    // A body exported to CSV doubles its quotes: two quotes after the key, still a quoted key.
    [InlineData("\"{\"\"code\"\":-1021}\"", "KeyedBody -1021 - @4 exact []")]
    // C# client (https://github.com/morpheums/Binance.API.Csharp.Client/issues/76): "Error Code:" is a code key, "Message:" its message key.
    [InlineData("Api Error Code: -1021 Message: Timestamp for this request was 1000ms ahead of the server's time.",
        "KeyedBody -1021 - @10 exact [Timestamp for this request was 1000ms ahead of the server's time.]")]
    // errorCode / ErrorCode: the word before "code" is "error".
    [InlineData("ErrorCode=-1022 rejected", "CodeThenMessage -1022 - @5 rest [rejected]")]
    [InlineData("{errorCode:-1022}", "CodeThenMessage -1022 - @6 rest []")]
    // The Node client (https://github.com/sieblyio/binance/issues/34): JavaScript object, single-quoted message.
    [InlineData("        at emitNone (events.js:110:20) { code: -1022, msg: 'Signature for this request is not valid.' }",
        "KeyedBody -1022 - @41 exact msg [Signature for this request is not valid.]")]
    // binance-connector-python's ClientError tuple (https://github.com/binance/binance-connector-python/issues/155).
    [InlineData("binance.error.ClientError: (401, -2015, 'Invalid API-key, IP, or permissions for action.'",
        "StatusTuple -2015 401 @27 exact [Invalid API-key, IP, or permissions for action.]")]
    [InlineData("ClientError: (400,-1121,'Invalid symbol.', {})", "StatusTuple -1121 400 @13 exact [Invalid symbol.]")]
    // ProfitTrailer (https://github.com/taniman/profit-trailer/issues/665): a bare number after an error word.
    [InlineData("2018-01-09 08:25:56 ERROR ProfitTrailerService - openOrders - ERROR: -1003, Way too many requests; IP banned until 1515486479270.",
        "CodeThenMessage -1003 - @68 rest [Way too many requests; IP banned until 1515486479270.]")]
    // XChange (https://github.com/knowm/XChange/issues/2198): "BinanceException: -1022:" (exception is an error word).
    [InlineData("> org.knowm.xchange.binance.dto.BinanceException: -1022: Signature for this request is not valid.",
        "CodeThenMessage -1022 - @49 rest [Signature for this request is not valid.]")]
    // Binance.Net's CallResult (https://github.com/JKorf/Binance.Net/issues/728): the code right after "Error:", at the start.
    [InlineData("-1021 Timestamp for this request was 1000ms ahead of the server's time.",
        "CodeThenMessage -1021 - @0 rest template [Timestamp for this request was 1000ms ahead of the server's time.]")]
    // A bare number with an escaped quoted message after it.
    [InlineData("fail -2011 \\\"Unknown order sent.\\\" done", "CodeThenMessage -2011 - @4 exact [Unknown order sent.]")]
    public void TryFindCode_ReadsTheFormCodeStartAndMessage(string line, string expected)
    {
        LogLineParser.TryFindCode(line, mentionsBinance: false, out var finding).ShouldBeTrue();

        Show(finding).ShouldBe(expected);
    }

    [Theory]
    [InlineData("order 1013 filled")] // no minus
    [InlineData("price moved -101 ticks")] // three digits
    [InlineData("error -101300 seen")] // six digits
    [InlineData("error: -01013 seen")] // leading zero
    [InlineData("error id-1013 seen")] // part of a word
    [InlineData("error 2024-1013 seen")] // a digit before
    [InlineData("error v.-1013 seen")] // after a period
    [InlineData("error x_-1013 seen")] // after an underscore
    [InlineData("error --1013 seen")] // after a minus
    [InlineData("error +-1013 seen")] // after a plus
    [InlineData("error a/-1013 seen")] // in a path
    [InlineData("error #-1013 seen")] // a reference
    [InlineData("error $-1013 seen")] // an amount
    [InlineData("error -1013a seen")] // a letter after
    [InlineData("error -1013_x seen")] // an underscore after
    [InlineData("error -1013% seen")] // a percentage
    [InlineData("error -1013$ seen")] // an amount
    [InlineData("error -1013-5 seen")] // a range
    [InlineData("error -1013/5 seen")] // a fraction or path
    [InlineData("error -1013:5 seen")] // a time
    [InlineData("error -1013.5 seen")] // a decimal
    [InlineData("error -1013,5 seen")] // a decimal comma
    [InlineData("-")] // a lone dash at the end
    [InlineData("")]
    public void TryFindCode_RefusesNumbersThatAreNotCodes(string line)
    {
        LogLineParser.TryFindCode(line, mentionsBinance: true, out var finding).ShouldBeFalse();

        finding.Code.ShouldBeNull();
    }

    [Theory]
    // What ends a code may be followed by text: a period, a comma, a colon or a slash with no digit after it.
    [InlineData("error -1013. next", "CodeThenMessage -1013 - @5 rest [. next]")]
    [InlineData("error -1013, next", "CodeThenMessage -1013 - @5 rest [next]")]
    [InlineData("error -1013: next", "CodeThenMessage -1013 - @5 rest [next]")]
    [InlineData("error -1013/ next", "CodeThenMessage -1013 - @5 rest [/ next]")]
    [InlineData("error -1013-", "CodeThenMessage -1013 - @5 rest []")]
    [InlineData("error -1013.", "CodeThenMessage -1013 - @5 rest [.]")]
    [InlineData("error -10130", "CodeThenMessage -10130 - @5 rest []")]
    // The first dash is no code; the scan goes on to the next one.
    [InlineData("id-77 at 2024-01-02 code=-2010", "CodeThenMessage -2010 - @20 rest []")]
    [InlineData("x-1013 error -2011 y", "CodeThenMessage -2011 - @12 rest [y]")]
    public void TryFindCode_AcceptsACodeEndedByPunctuation_AndSkipsDashesThatAreNot(string line, string expected)
    {
        LogLineParser.TryFindCode(line, mentionsBinance: false, out var finding).ShouldBeTrue();

        Show(finding).ShouldBe(expected);
    }

    [Theory]
    // barcode and zipcode end in "code" but are no code key: the number is bare and starts right before its dash.
    [InlineData("barcode: -2015 scanned", "CodeThenMessage -2015 - @8 rest [scanned]")]
    [InlineData("xcode=-2015 code", "CodeThenMessage -2015 - @5 rest [code]")]
    [InlineData("mycode=-2015 code", "CodeThenMessage -2015 - @6 rest [code]")]
    // A key must be followed by ':' or '=' (or '=>').
    [InlineData("code -2015 is it", "CodeThenMessage -2015 - @4 rest [is it]")]
    [InlineData("code > -2015 error", "CodeThenMessage -2015 - @6 rest [error]")]
    // At most three quotes, backslashes or brackets between the key and its ':'.
    [InlineData("{\\\"code\\\":-2010}", "KeyedBody -2010 - @3 rest []")]
    [InlineData("code''''=-2010 code", "CodeThenMessage -2010 - @8 rest [code]")]
    // A status tuple needs three digits between '(' and ','.
    [InlineData("error (40, -1121, 'x')", "CodeThenMessage -1121 - @10 exact [x]")]
    // "error" is 13 characters before the dash here: too far without Binance nearby.
    [InlineData("error (4000, -1121, 'x')", "CodeThenMessage -1121 - @12 exact template [x]")]
    [InlineData("error x400, -1121, 'x'", "CodeThenMessage -1121 - @11 exact [x]")]
    [InlineData("error (4a0, -1121, 'x')", "CodeThenMessage -1121 - @11 exact [x]")]
    [InlineData("error (a00, -1121, 'x')", "CodeThenMessage -1121 - @11 exact [x]")]
    [InlineData("error (40a, -1121, 'x')", "CodeThenMessage -1121 - @11 exact [x]")]
    // ... of an HTTP status: 100 to 599.
    [InlineData("error (600, -1121, 'x')", "CodeThenMessage -1121 - @11 exact [x]")]
    [InlineData("error (099, -1121, 'x')", "CodeThenMessage -1121 - @11 exact [x]")]
    [InlineData("(599, -1121, 'x')", "StatusTuple -1121 599 @0 exact [x]")]
    [InlineData("(100 , -1121 , 'x')", "StatusTuple -1121 100 @0 exact [x]")]
    [InlineData("a , -1121 'x' error", "CodeThenMessage -1121 - @3 exact template [x]")]
    public void TryFindCode_TellsKeysAndTuplesFromLookAlikes(string line, string expected)
    {
        LogLineParser.TryFindCode(line, mentionsBinance: false, out var finding).ShouldBeTrue();

        Show(finding).ShouldBe(expected);
    }

    [Theory]
    // An error word within 12 characters before a bare number makes it a code; with Binance nearby, within 48.
    [InlineData("error here: -1013 x", false, false)]
    [InlineData("error 123456: -1013 x", false, true)]
    [InlineData("error 123456: -1013 x", true, false)]
    [InlineData("rejected by the exchange with the answer -2010 x", true, false)]
    [InlineData("failed, and then after a very long while the answer was -2010 x", true, true)]
    [InlineData("an exception, not: -2010 x", false, true)]
    [InlineData("ERR -2010 x", false, false)]
    [InlineData("err: -2010 x", false, false)]
    [InlineData("err -2010 x", false, false)]
    [InlineData("fail -2010 x", false, false)]
    [InlineData("code -2010 x", false, false)]
    public void TryFindCode_ABareNumber_NeedsItsMessage_UnlessAnErrorWordIsClose(string line, bool mentionsBinance, bool needsTemplate)
    {
        LogLineParser.TryFindCode(line, mentionsBinance, out var finding).ShouldBeTrue();

        finding.NeedsTemplateMatch.ShouldBe(needsTemplate);
        finding.Message.ShouldBe("x");
    }

    [Fact]
    public void TryFindCode_ABareNumberWithNothingAfterIt_AndNoErrorWord_IsNothing()
    {
        LogLineParser.TryFindCode("balance went to -1013", mentionsBinance: true, out var finding).ShouldBeFalse();

        finding.ShouldBe(default);
    }

    [Fact]
    public void TryFindCode_ABareNumberWithTextAfterIt_IsKeptForTheMessageCheck()
    {
        // No error word before the first number: it is a code only if the text after it is the code's message, which the scanner checks.
        LogLineParser.TryFindCode("moved -1013 {\"code\":-2010}", mentionsBinance: false, out var finding).ShouldBeTrue();

        Show(finding).ShouldBe("CodeThenMessage -1013 - @5 rest template [{\"code\":-2010}]");
    }

    [Theory]
    // JSON escapes: \u, \n, \t, \r (as spaces), \" and \\.
    [InlineData("{\"code\":-1100,\"msg\":\"Illegal characters found in parameter \\u0027symbol\\u0027; legal range is \\u0027^[A-Z0-9-_.]{1,20}$\\u0027.\"}",
        "Illegal characters found in parameter 'symbol'; legal range is '^[A-Z0-9-_.]{1,20}$'.")]
    [InlineData("{\"code\":-1000,\"msg\":\"a\\nb\\tc\\rd \\\"q\\\" e\\\\f\"}", "a b c d \"q\" e\\f")]
    // A \u with fewer than four hex digits after it is kept as 'u'.
    [InlineData("{\"code\":-1000,\"msg\":\"a\\u12\"}", "au12")]
    [InlineData("{\"code\":-1000,\"msg\":\"a\\uZZZZ\"}", "auZZZZ")]
    [InlineData("{\"code\":-1000,\"msg\":\"a\\u0041\"}", "aA")]
    [InlineData("{\"code\":-1000,\"msg\":\"a\\u0041", "aA")]
    [InlineData("{\"code\":-1000,\"msg\":\"a\\u004", "au004")]
    // An unterminated value runs to the end of the line; a backslash at the very end is kept.
    [InlineData("{\"code\":-1000,\"msg\":\"open ended", "open ended")]
    [InlineData("{\"code\":-1000,\"msg\":\"ends in \\", "ends in \\")]
    // A JSON body escaped once more inside a string (https://github.com/21jake/Binance-volatility-trading-bot-JS/issues/6).
    [InlineData("\"Error in executing buy function: {\\\"code\\\":-2010,\\\"msg\\\":\\\"Account has insufficient balance for requested action.\\\"}\"",
        "Account has insufficient balance for requested action.")]
    // Two escaped backslashes in a plain JSON string are two backslashes.
    [InlineData("{\"code\":-1000,\"msg\":\"a\\\\\\\\b\"}", "a\\\\b")]
    // In a string escaped once more, an escaped backslash cut at the line's end is one backslash.
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"a\\\\", "a\\")]
    // A backslash escaped twice (four in the line) is one backslash.
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"C:\\\\\\\\dir\\\"}", "C:\\dir")]
    // In a string escaped once more, \\\" is a quote inside the message and \\n a line end (read as a space);
    // a quote escaped once ends it (a bare quote inside is kept as text).
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"say \\\\\\\"hi\\\\\\\" now\\\"} rest\\\"", "say \"hi\" now")]
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"a\\\\nb \\u0041 \\\\u0042\\\"}", "a b A B")]
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"a\"b\\\"}", "a\"b")]
    [InlineData("{\\'code\\':-1000,\\'msg\\':\\'it\\\\\\'s\\'}", "it's")]
    // The outer level's own edges: an empty message, a backslash alone at the line's end, a \u cut short, an escaped
    // backslash before four hex digits (no \u), and line ends or tabs escaped once (real ones in the inner text).
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"\\\"} tail \\\"", "")]
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"a\\", "a\\")]
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"ab\\u004", "abu004")]
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"x\\\\0041\\\"}", "x0041")]
    [InlineData("{\\\"code\\\":-1000,\\\"msg\\\":\\\"a\\nb\\tc\\rd\\\"}", "a b c d")]
    // Unquoted values end before closing brackets and commas.
    [InlineData("{code: -1000, msg: Internal error. },", "Internal error.")]
    [InlineData("{code: -1000, msg:    }", "")]
    [InlineData("{code: -1000, msg:", "")]
    public void TheMessage_IsReadAsTheLibraryQuotedIt(string line, string message)
    {
        LogLineParser.TryFindCode(line, mentionsBinance: false, out var finding).ShouldBeTrue();

        finding.Message.ShouldBe(message);
    }

    [Fact]
    public void AMessage_IsCutAt1024Characters()
    {
        var text = new string('a', 2000);

        LogLineParser.TryFindCode("{\"code\":-1000,\"msg\":\"" + text + "\"}", false, out var quoted).ShouldBeTrue();
        LogLineParser.TryFindCode("{code:-1000, msg: " + text, false, out var bare).ShouldBeTrue();
        LogLineParser.TryFindCode("error -1000 " + text, false, out var rest).ShouldBeTrue();
        LogLineParser.TryFindCode("{\\\"code\\\":-1000,\\\"msg\\\":\\\"" + text + "\\\"}", false, out var twice).ShouldBeTrue();

        quoted.Message.ShouldBe(text[..1024]);
        bare.Message.ShouldBe(text[..1024]);
        rest.Message.ShouldBe(text[..1024]);
        twice.Message.ShouldBe(text[..1024]);
        LogLineParser.TryFindCode("error -1000 " + text[..1024], false, out var exact).ShouldBeTrue();
        exact.Message.Length.ShouldBe(1024);
    }

    [Theory]
    [InlineData("ccxt.base.errors.ExchangeError: bybit {\"retCode\":10001}", false, true)]
    [InlineData("ccxt.base.errors.ExchangeError: bybit {\"retCode\":10001}", true, false)]
    [InlineData("Kraken: EOrder:Insufficient funds", false, true)]
    [InlineData("error from gate.io", false, true)]
    [InlineData("error from gate.io.", false, true)]
    [InlineData("error from Crypto.com: BAD_REQUEST", false, true)]
    [InlineData("kucoinfutures: 400100", false, true)]
    [InlineData("bitfinex2 error", false, true)]
    [InlineData("ftx", false, true)]
    // Inside another word, or a longer word, the name is no exchange: "stokx", "okxa", "mexcan".
    [InlineData("stokx error", false, false)]
    [InlineData("okxa error", false, false)]
    [InlineData("the mexcan error", false, false)]
    [InlineData("htx2 error", false, true)]
    // A look-alike first, the exchange later: the search goes on.
    [InlineData("okxa then kraken", false, true)]
    [InlineData("xokx okx", false, true)]
    [InlineData("plain error", false, false)]
    [InlineData("", false, false)]
    public void IsOtherExchange_NamesAnotherExchangeAsAWord(string line, bool mentionsBinance, bool expected)
    {
        LogLineParser.IsOtherExchange(line, mentionsBinance).ShouldBe(expected);
    }

    [Theory]
    // Every exchange the parser knows by its ccxt id or name, as ccxt writes it before the exchange's answer.
    [InlineData("bybit")]
    [InlineData("okx")]
    [InlineData("okex")]
    [InlineData("kucoin")]
    [InlineData("kucoinfutures")]
    [InlineData("kraken")]
    [InlineData("krakenfutures")]
    [InlineData("bitfinex")]
    [InlineData("huobi")]
    [InlineData("htx")]
    [InlineData("gateio")]
    [InlineData("gate.io")]
    [InlineData("mexc")]
    [InlineData("bitget")]
    [InlineData("bitmex")]
    [InlineData("bittrex")]
    [InlineData("coinbase")]
    [InlineData("coinbasepro")]
    [InlineData("deribit")]
    [InlineData("bitstamp")]
    [InlineData("crypto.com")]
    [InlineData("phemex")]
    [InlineData("bingx")]
    [InlineData("poloniex")]
    [InlineData("hitbtc")]
    [InlineData("bitmart")]
    [InlineData("ftx")]
    [InlineData("upbit")]
    [InlineData("bithumb")]
    [InlineData("lbank")]
    public void IsOtherExchange_KnowsEachExchange_AndNotItsNameWithMoreLetters(string exchange)
    {
        LogLineParser.IsOtherExchange($"ccxt.base.errors.ExchangeError: {exchange} {{\"code\":-1}}", mentionsBinance: false).ShouldBeTrue();
        LogLineParser.IsOtherExchange($"ccxt.base.errors.ExchangeError: {exchange}z {{\"code\":-1}}", mentionsBinance: false).ShouldBeFalse();
    }

    [Theory]
    [InlineData("Binance said no", true)]
    [InlineData("BINANCE", true)]
    [InlineData("binanc e", false)]
    public void MentionsBinance_IgnoresCase(string line, bool expected)
    {
        LogLineParser.MentionsBinance(line).ShouldBe(expected);
    }

    [Theory]
    // Reason phrases, with the status before them or alone.
    [InlineData("ccxt.base.errors.DDoSProtection: binance 429 Too Many Requests {\"code\":-1003}", 429)]
    [InlineData("Network related error: binance 418 I'm a Teapot", 418)]
    [InlineData("I'm a teapot", 418)]
    [InlineData("(\"429\" Too Many Requests)", 429)]
    [InlineData("'503' Service Unavailable", 503)]
    [InlineData("Bad Gateway", 502)]
    [InlineData("Gateway Timeout", 504)]
    [InlineData("Internal Server Error", 500)]
    [InlineData("binance: Service Unavailable", 503)]
    [InlineData("Unauthorized", null)]
    [InlineData("Server Error", null)]
    // Any number of 400 and more before a phrase that stands alone is still no status unless it is the phrase's own.
    [InlineData("2021/12/04 06:39:31 [ERROR] binance.go:exchanges.(*Binance).listen:412 Too Many Requests: retry after 35", 429)]
    // nefertiti (https://github.com/svanas/nefertiti/issues/55): a line number before the phrase is not the status.
    [InlineData("2021/12/04 06:39:31 [ERROR] binance.go:exchanges.(*Binance).listen:384 Too Many Requests: retry after 35", 429)]
    // Phrases that are not alone need the status before them.
    [InlineData("400 Bad Request", 400)]
    [InlineData("401 Unauthorized", 401)]
    [InlineData("403 Forbidden", 403)]
    [InlineData("Bad Request", null)]
    [InlineData("Forbidden word", null)]
    [InlineData("4403 Forbidden", null)]
    // requests (Python): "400 Client Error: Bad Request for url: …"; any 4XX/5XX before "client/server error".
    [InlineData("requests.exceptions.HTTPError: 400 Client Error: Bad Request for url: https://api.binance.com/api/v3/order", 400)]
    [InlineData("500 Server Error: Internal Server Error for url", 500)]
    [InlineData("451 Client Error", 451)]
    [InlineData("399 Client Error", null)]
    [InlineData("404 Client Error", 404)]
    [InlineData("requests.exceptions.HTTPError: 501 Server Error: Not Implemented for url", 501)]
    [InlineData("Client Error", null)]
    // A number in the phrase's place that is no status: part of a longer number, a decimal, a negative.
    [InlineData("1429 Too Many Requests", 429)]
    [InlineData("4290 Client Error", null)]
    [InlineData("-400 Client Error", null)]
    [InlineData("1.400 Client Error", null)]
    [InlineData("600 Client Error", null)]
    [InlineData("099 Client Error", null)]
    [InlineData("40 Client Error", null)]
    // Status keys: hummingbot (https://github.com/hummingbot/hummingbot/issues/1278) and others.
    [InlineData("OSError: Error fetching Binance market snapshot for XZCBTC. HTTP status is 418.", 418)]
    [InlineData("status=503", 503)]
    [InlineData("Status Code: 404 Not Found", 404)]
    [InlineData("statusCode:451", 451)]
    [InlineData("status_code = 400", 400)]
    [InlineData("response code 502", 502)]
    [InlineData("httpCode 418", 418)]
    [InlineData("HTTP/1.1 429", 429)]
    [InlineData("HTTP/2 403", 403)]
    [InlineData("http 500", 500)]
    [InlineData("HTTP/1.1 101 Switching Protocols", 101)]
    // The status must come within 12 characters of its key, before any bracket.
    [InlineData("status is, after a while, 503", null)]
    [InlineData("status {503}", null)]
    [InlineData("status (503)", null)]
    [InlineData("status [503]", null)]
    [InlineData("status: ok, order 12345 and 503", null)]
    [InlineData("status abcdefghijk503", 503)]
    [InlineData("status abcdefghijkl503", null)]
    [InlineData("status: 50", null)]
    [InlineData("status 12345", null)]
    [InlineData("status 503.5", null)]
    [InlineData("status 503.", 503)]
    [InlineData("status 503", 503)]
    [InlineData("status: 650", null)]
    // The key is found again further on when its first place has no status.
    [InlineData("status unknown; status 418", 418)]
    // ccxt: the status right after the URL.
    [InlineData("binance POST https://api.binance.com/api/v3/order 400 {\"code\":-1021}", 400)]
    [InlineData("binance GET https://api.binance.com/api/v3/exchangeInfo 418", 418)]
    [InlineData("binance GET https://api.binance.com/api/v3/exchangeInfo 41", null)]
    [InlineData("binance GET https://api.binance.com/api/v3/exchangeInfo", null)]
    [InlineData("binance GET https://api.binance.com/api/v3/exchangeInfo x418", null)]
    [InlineData("nothing here", null)]
    public void FindStatus_ReadsTheStatusWhereverTheLineWritesIt(string line, int? status)
    {
        LogLineParser.FindStatus(line).ShouldBe(status);
    }

    [Theory]
    [InlineData("Retry-After: 30", 30)]
    [InlineData("{'retry-after': '30'}", 30)]
    [InlineData("Too Many Requests: retry after 35", 35)]
    [InlineData("retry_after=5", 5)]
    [InlineData("retryAfter: 7", 7)]
    [InlineData("Retry-After value (720 > 60)", 720)]
    [InlineData("retry-after:1234567", 1234567)]
    [InlineData("retry-after:12345678", 1234567)]
    [InlineData("retrying after 3 s", null)]
    [InlineData("retrying in 3 s", null)]
    [InlineData("retry after", null)]
    [InlineData("retry after soon", null)]
    [InlineData("retry after some long time, 30", null)]
    [InlineData("retry after sixteen letters:9", null)]
    [InlineData("retry after sixteen letters9", 9)]
    [InlineData("retry after 15 letters 9", 15)]
    [InlineData("retry after fifteen chars: 9", 9)]
    [InlineData("retry now; Retry-After: 4", 4)]
    [InlineData("retry", null)]
    [InlineData("", null)]
    public void FindRetryAfter_ReadsTheSeconds(string line, int? seconds)
    {
        LogLineParser.FindRetryAfter(line).ShouldBe(seconds);
    }

    private static string Show(LineFinding finding)
    {
        var flags = string.Join(' ', new[]
        {
            finding.ExactMessage ? "exact" : "rest",
            finding.MsgKey ? "msg" : null,
            finding.NeedsTemplateMatch ? "template" : null,
        }.Where(f => f is not null));
        return $"{finding.Form} {finding.Code} {finding.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} @{finding.Start} {flags} [{finding.Message}]";
    }
}
