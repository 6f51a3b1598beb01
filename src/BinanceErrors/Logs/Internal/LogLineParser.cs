using System.Buffers;
using System.Globalization;
using System.Text;

namespace BinanceErrors.Logs.Internal;

/// <summary>
/// Finds a Binance error in one log line, in any of the forms libraries print (see <see cref="LogErrorForm"/>):
/// negative codes in a code context, a status with Binance on the line, or a catalog message. Rejects look-alikes:
/// decimals (-1013.5), numbers inside other tokens (ids, dates, UUIDs), bare negative numbers without an error or
/// Binance context, and lines that name another exchange and not Binance.
/// </summary>
internal static class LogLineParser
{
    private const int MaxMessageLength = 1024;

    /// <summary>Exchanges whose errors appear in the same bots' logs; a line naming one of them and not Binance is not Binance's.</summary>
    // Stryker disable once String : an emptied name is found at every position, where IsExchangeWord (which knows every name) decides as it does at the name's own places
    private static readonly SearchValues<string> OtherExchanges = SearchValues.Create(
        ["bybit", "okx", "okex", "kucoin", "kraken", "bitfinex", "huobi", "htx", "gateio", "gate.io", "mexc", "bitget", "bitmex", "bittrex",
         "coinbase", "deribit", "bitstamp", "crypto.com", "phemex", "bingx", "poloniex", "hitbtc", "bitmart", "ftx", "upbit", "bithumb", "lbank"],
        StringComparison.OrdinalIgnoreCase);

    // SearchValues throughout: string.Contains(…, OrdinalIgnoreCase) is a character-by-character loop under
    // InvariantGlobalization (which the CLI uses), SearchValues stays vectorized.
    private static readonly SearchValues<string> Binance = SearchValues.Create(["binance"], StringComparison.OrdinalIgnoreCase);

    // Stryker disable once String : a pre-check; an emptied phrase only lets every line through to the ReasonPhrases loop, which finds none
    private static readonly SearchValues<string> AnyReasonPhrase = SearchValues.Create(
        ["teapot", "too many requests", "service unavailable", "bad gateway", "gateway time", "internal server error", "bad request", "unauthorized", "forbidden", "client error", "server error"],
        StringComparison.OrdinalIgnoreCase);

    private static readonly (SearchValues<string> Phrase, int Status, bool Alone)[] ReasonPhrases = Phrases(
    [
        ("teapot", 418, true),
        ("too many requests", 429, true),
        ("service unavailable", 503, true),
        ("bad gateway", 502, true),
        ("gateway time", 504, true),
        ("internal server error", 500, true),
        ("bad request", 400, false),
        ("unauthorized", 401, false),
        ("forbidden", 403, false),
        ("client error", 0, false),
        ("server error", 0, false),
    ]);

    // Stryker disable once String : a pre-check; every StatusKeys key holds one of these, an emptied one only lets every line through to that loop
    private static readonly SearchValues<string> AnyStatusKey = SearchValues.Create(["status", "response code", "httpcode", "http"], StringComparison.OrdinalIgnoreCase);

    private static readonly (SearchValues<string> Key, int Length)[] StatusKeys =
        [.. ((string[])["http status", "status code", "statuscode", "status_code", "status", "response code", "httpcode", "http/1.1", "http/2", "http "])
            .Select(k => (SearchValues.Create([k], StringComparison.OrdinalIgnoreCase), k.Length))];

    private static readonly SearchValues<string> ErrorWords = SearchValues.Create(["error", "err ", "err:", "exception", "fail", "reject", "code"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Retry = SearchValues.Create(["retry"], StringComparison.OrdinalIgnoreCase);

    public static bool MentionsBinance(ReadOnlySpan<char> line) => line.ContainsAny(Binance);

    /// <summary>Whether the line names another exchange (as a word) and not Binance.</summary>
    public static bool IsOtherExchange(ReadOnlySpan<char> line, bool mentionsBinance)
    {
        if (mentionsBinance)
        {
            return false;
        }

        var from = 0;
        while (from < line.Length)
        {
            var at = line[from..].IndexOfAny(OtherExchanges);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + 1;
            while (end < line.Length && (char.IsLetter(line[end]) || line[end] == '.'))
            {
                end++;
            }

            if ((at == 0 || !char.IsLetter(line[at - 1])) && IsExchangeWord(line[at..end]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static bool IsExchangeWord(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        foreach (var name in (ReadOnlySpan<string>)["bybit", "okx", "okex", "kucoin", "kucoinfutures", "kraken", "krakenfutures", "bitfinex", "bitfinex2", "huobi", "htx", "gateio", "gate.io", "mexc", "bitget", "bitmex", "bittrex",
                     "coinbase", "coinbasepro", "deribit", "bitstamp", "crypto.com", "phemex", "bingx", "poloniex", "hitbtc", "bitmart", "ftx", "upbit", "bithumb", "lbank"])
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the first negative code in a code context on the line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="mentionsBinance">Binance is named on the line or shortly before it.</param>
    /// <param name="finding">What was found.</param>
    public static bool TryFindCode(ReadOnlySpan<char> line, bool mentionsBinance, out LineFinding finding)
    {
        finding = default;
        var from = 0;
        while (from < line.Length)
        {
            var dash = line[from..].IndexOf('-');
            if (dash < 0)
            {
                return false;
            }

            var i = from + dash;
            from = i + 1;
            if (!TryReadCode(line, i, out var code, out var end))
            {
                continue;
            }

            if (IsCodeKeyBefore(line, i, out var apiError, out var keyStart, out var quotedKey))
            {
                finding.Code = code;
                finding.Start = keyStart;
                if (TryReadMsgAfter(line, end, out var msg, out var msgKey))
                {
                    finding.MsgKey = msgKey;
                    finding.Form = apiError ? LogErrorForm.ApiError : LogErrorForm.KeyedBody;
                    finding.Message = msg;
                    finding.ExactMessage = true;
                }
                else
                {
                    finding.Form = apiError ? LogErrorForm.ApiError : quotedKey ? LogErrorForm.KeyedBody : LogErrorForm.CodeThenMessage;
                    finding.Message = TextAfter(line, end, out var quoted);
                    finding.ExactMessage = quoted;
                }

                return true;
            }

            if (IsStatusTupleBefore(line, i, out var status, out var tupleStart))
            {
                finding.Form = LogErrorForm.StatusTuple;
                finding.Code = code;
                finding.Status = status;
                finding.Start = tupleStart;
                finding.Message = TextAfter(line, end, out var quoted);
                finding.ExactMessage = quoted;
                return true;
            }

            // A bare number: a code when the line is about Binance and an error, or when what follows is the code's message.
            finding.Form = LogErrorForm.CodeThenMessage;
            finding.Code = code;
            finding.Start = Math.Max(0, i - 1);
            finding.Message = TextAfter(line, end, out var quotedText);
            finding.ExactMessage = quotedText;
            finding.NeedsTemplateMatch = !HasErrorWordBefore(line, i, mentionsBinance ? 48 : 12);
            if (!finding.NeedsTemplateMatch || finding.Message.Length > 0)
            {
                return true;
            }

            finding = default;
        }

        return false;
    }

    /// <summary>A '-' starting 4 or 5 digits (no leading zero) that stand alone: not part of a word, an id, a date, a range or a decimal.</summary>
    private static bool TryReadCode(ReadOnlySpan<char> line, int dash, out int code, out int end)
    {
        code = 0;
        end = dash + 1;
        while (end < line.Length && char.IsAsciiDigit(line[end]))
        {
            end++;
        }

        var digits = end - dash - 1;
        if (digits is < 4 or > 5 || line[dash + 1] == '0')
        {
            return false;
        }

        if (dash > 0)
        {
            var before = line[dash - 1];
            if (char.IsLetterOrDigit(before) || before is '.' or '_' or '-' or '+' or '/' or '#' or '$')
            {
                return false;
            }
        }

        if (end < line.Length)
        {
            var after = line[end];
            var digitNext = end + 1 < line.Length && char.IsAsciiDigit(line[end + 1]);
            if (char.IsLetter(after) || after is '_' or '%' or '$' || after is '-' or '/' or ':' or '.' or ',' && digitNext)
            {
                return false;
            }
        }

        code = -int.Parse(line[(dash + 1)..end], NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary><c>code=</c>, <c>"code":</c>, <c>'code': </c>, <c>code: </c>, <c>[code] =&gt;</c>, <c>"code"=&gt;</c>, <c>Error Code: </c>, <c>Code = </c> right before the number.</summary>
    private static bool IsCodeKeyBefore(ReadOnlySpan<char> line, int dash, out bool apiError, out int keyStart, out bool quotedKey)
    {
        apiError = false;
        quotedKey = false;
        keyStart = 0;
        var j = dash - 1;
        while (j >= 0 && line[j] == ' ')
        {
            j--;
        }

        if (j >= 1 && line[j] == '>' && line[j - 1] == '=')
        {
            j -= 2;
        }
        else if (j >= 0 && line[j] is ':' or '=')
        {
            j--;
        }
        else
        {
            return false;
        }

        while (j >= 0 && line[j] == ' ')
        {
            j--;
        }

        var skipped = 0;
        while (j >= 0 && skipped < 3 && line[j] is '"' or '\'' or '\\' or ']')
        {
            quotedKey |= line[j] is '"' or '\'';
            j--;
            skipped++;
        }

        if (j < 3 || !line.Slice(j - 3, 4).Equals("code", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        keyStart = j - 3;
        var before = keyStart - 1;
        if (before >= 0 && char.IsLetter(line[before]))
        {
            // errorCode / ErrorCode: still a code key; anything else (barcode, zipcode) is not.
            if (before < 4 || !line.Slice(before - 4, 5).Equals("error", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        var head = line[..keyStart].TrimEnd();
        apiError = head.EndsWith("APIError(", StringComparison.OrdinalIgnoreCase);
        if (apiError)
        {
            keyStart = head.Length - "APIError(".Length;
        }

        return true;
    }

    /// <summary><c>(400, -1121, …</c>: binance-connector-python's ClientError tuple.</summary>
    private static bool IsStatusTupleBefore(ReadOnlySpan<char> line, int dash, out int status, out int start)
    {
        status = 0;
        start = 0;
        var j = dash - 1;
        while (j >= 0 && line[j] == ' ')
        {
            j--;
        }

        if (j < 4 || line[j] != ',')
        {
            return false;
        }

        j--;
        while (j >= 0 && line[j] == ' ')
        {
            j--;
        }

        if (j < 3 || line[j - 3] != '(' || !char.IsAsciiDigit(line[j]) || !char.IsAsciiDigit(line[j - 1]) || !char.IsAsciiDigit(line[j - 2]))
        {
            return false;
        }

        status = int.Parse(line.Slice(j - 2, 3), NumberStyles.None, CultureInfo.InvariantCulture);
        start = j - 3;
        return status is >= 100 and <= 599;
    }

    /// <summary>An error word shortly before the number ("ERROR: -1003", "API Error [-2015]"); further back when Binance is named nearby.</summary>
    private static bool HasErrorWordBefore(ReadOnlySpan<char> line, int dash, int reach)
    {
        return line[Math.Max(0, dash - reach)..dash].ContainsAny(ErrorWords);
    }

    /// <summary>A <c>msg</c> or <c>message</c> key shortly after the code, and its value.</summary>
    private static bool TryReadMsgAfter(ReadOnlySpan<char> line, int from, out string message, out bool msgKey)
    {
        message = string.Empty;
        msgKey = false;
        var window = line[from..Math.Min(line.Length, from + 40)];
        for (var k = 0; k < window.Length; k++)
        {
            var isMsg = window[k..].StartsWith("msg", StringComparison.OrdinalIgnoreCase);
            var isMessage = window[k..].StartsWith("message", StringComparison.OrdinalIgnoreCase);
            if (!isMsg && !isMessage || k > 0 && char.IsLetter(window[k - 1]))
            {
                continue;
            }

            var j = from + k + (isMessage ? 7 : 3);
            while (j < line.Length && line[j] is '"' or '\'' or '\\' or ']' or ' ')
            {
                j++;
            }

            if (j + 1 < line.Length && line[j] == '=' && line[j + 1] == '>')
            {
                j += 2;
            }
            else if (j < line.Length && line[j] is ':' or '=')
            {
                j++;
            }
            else
            {
                continue;
            }

            message = ReadValue(line, j);
            msgKey = isMsg && !isMessage;
            return true;
        }

        return false;
    }

    /// <summary>No closing quote: a log line holds no NUL (the block reader stops at one).</summary>
    private const char NoQuote = '\0';

    /// <summary>A quoted value (JSON, Python or JS quoting, possibly escaped once more) or the rest of the line.</summary>
    private static string ReadValue(ReadOnlySpan<char> line, int k)
    {
        while (k < line.Length && line[k] == ' ')
        {
            k++;
        }

        if (k >= line.Length)
        {
            return string.Empty;
        }

        if (line[k] == '\\' && k + 1 < line.Length && line[k + 1] is '"' or '\'')
        {
            // A string escaped once more (a JSON body inside a JSON or Python string): undo the outer escaping up to
            // the quote that closes the inner string, then read that as any quoted value.
            var quote = line[k + 1];
            // The inner string has been cut at its end already; a bare quote in it (not valid, but seen) is text.
            return Unescape(UnescapeOuter(line, k + 2, quote), 0, NoQuote);
        }

        if (line[k] is not ('"' or '\''))
        {
            return Cap(line[k..].TrimEnd().TrimEnd("})],").TrimEnd().ToString());
        }

        return Unescape(line, k + 1, line[k]);
    }

    /// <summary>
    /// The inner string of a value escaped twice, from <paramref name="k"/> (just after its escaped opening quote) to
    /// the escaped <paramref name="quote"/> that the inner string does not escape itself: <c>\\\"</c> is an escaped quote
    /// inside it, <c>\\\\</c> a backslash.
    /// </summary>
    private static string UnescapeOuter(ReadOnlySpan<char> line, int k, char quote)
    {
        var inner = new StringBuilder();
        var innerEscape = false;

        // Every output character takes at most six inner ones (\uXXXX), so this is enough for the cap.
        while (k < line.Length && inner.Length < 6 * MaxMessageLength)
        {
            var c = line[k];
            if (c == '\\' && k + 1 < line.Length)
            {
                if (line[k + 1] == quote && !innerEscape)
                {
                    break;
                }

                k += Escape(line, k, out c);
            }
            else
            {
                k++;
            }

            innerEscape = !innerEscape && c == '\\';
            inner.Append(c);
        }

        return inner.ToString();
    }

    /// <summary>A quoted value's text from <paramref name="k"/> (after its opening quote) to its closing quote or the line's end.</summary>
    private static string Unescape(ReadOnlySpan<char> line, int k, char quote)
    {
        var text = new StringBuilder();
        while (k < line.Length && text.Length < MaxMessageLength)
        {
            var c = line[k];
            if (c == '\\' && k + 1 < line.Length)
            {
                k += Escape(line, k, out c);
                text.Append(c);
                continue;
            }

            if (c == quote)
            {
                break;
            }

            text.Append(c);
            k++;
        }

        return text.ToString();
    }

    /// <summary>
    /// One escape at <paramref name="k"/> (a backslash with a character after it), decoded as JSON, Python and JS write
    /// it: <c>\uXXXX</c> is its character, a line end or tab a space, anything else the character itself (<c>\"</c>,
    /// <c>\\</c>, and unknown escapes kept as their letter).
    /// </summary>
    /// <returns>How many characters of <paramref name="line"/> the escape takes: 6 or 2.</returns>
    private static int Escape(ReadOnlySpan<char> line, int k, out char c)
    {
        var next = line[k + 1];
        if (next == 'u' && k + 5 < line.Length && ushort.TryParse(line.Slice(k + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var unit))
        {
            c = (char)unit;
            return 6;
        }

        c = next is 'n' or 't' or 'r' ? ' ' : next;
        return 2;
    }

    /// <summary>The message after a code: separators skipped, a quoted value read as such, otherwise the rest of the line.</summary>
    private static string TextAfter(ReadOnlySpan<char> line, int from, out bool quoted)
    {
        quoted = false;
        var k = from;
        while (k < line.Length && line[k] is ' ' or ')' or ']' or '}' or ':' or ',' or '|' or '=' or '>' or '-' or '\t')
        {
            k++;
        }

        if (k < line.Length && line[k] is '"' or '\'' || k + 1 < line.Length && line[k] == '\\' && line[k + 1] is '"' or '\'')
        {
            quoted = true;
            return ReadValue(line, k);
        }

        return Cap(line[k..].Trim().ToString());
    }

    private static string Cap(string text) => text.Length > MaxMessageLength ? text[..MaxMessageLength] : text;

    /// <summary>An HTTP status written on the line: "HTTP status is 418", "429 Too Many Requests", "status=503", "… /api/v3/order 400 {".</summary>
    public static int? FindStatus(ReadOnlySpan<char> line)
    {
        foreach (var (phrase, status, alone) in line.ContainsAny(AnyReasonPhrase) ? ReasonPhrases : [])
        {
            var at = line.IndexOfAny(phrase);
            if (at < 0)
            {
                continue;
            }

            var j = at - 1;
            while (j >= 0 && line[j] is ' ' or '(' or '"' or '\'')
            {
                j--;
            }

            if (j >= 2 && IsStatusDigits(line, j - 2))
            {
                // "429 Too Many Requests", "400 Client Error"; not a line number before the phrase ("listen:384 Too Many Requests").
                var digits = int.Parse(line.Slice(j - 2, 3), NumberStyles.None, CultureInfo.InvariantCulture);
                if (digits == status || status == 0 && digits >= 400)
                {
                    return digits;
                }
            }

            if (alone)
            {
                return status;
            }
        }

        foreach (var (key, length) in line.ContainsAny(AnyStatusKey) ? StatusKeys : [])
        {
            var from = 0;
            while (from < line.Length)
            {
                var at = line[from..].IndexOfAny(key);
                if (at < 0)
                {
                    break;
                }

                at += from;
                from = at + length;
                var j = from;
                var limit = Math.Min(line.Length, j + 12);
                while (j < limit && !char.IsAsciiDigit(line[j]) && line[j] is not ('{' or '(' or '['))
                {
                    j++;
                }

                if (j + 2 < line.Length && IsStatusDigits(line, j))
                {
                    return int.Parse(line.Slice(j, 3), NumberStyles.None, CultureInfo.InvariantCulture);
                }
            }
        }

        // ccxt: "binance GET https://api.binance.com/api/v3/exchangeInfo 418 …": a status right after a URL.
        var url = line.IndexOf("://", StringComparison.Ordinal);
        if (url >= 0)
        {
            var space = line[url..].IndexOf(' ');
            if (space > 0 && url + space + 4 <= line.Length && IsStatusDigits(line, url + space + 1))
            {
                return int.Parse(line.Slice(url + space + 1, 3), NumberStyles.None, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static bool IsStatusDigits(ReadOnlySpan<char> line, int at) =>
        at >= 0 && at + 3 <= line.Length
        && line[at] is >= '1' and <= '5' && char.IsAsciiDigit(line[at + 1]) && char.IsAsciiDigit(line[at + 2])
        && (at == 0 || !char.IsAsciiDigit(line[at - 1]) && line[at - 1] is not ('.' or '-'))
        && (at + 3 == line.Length || !char.IsAsciiDigit(line[at + 3]) && !(line[at + 3] == '.' && at + 4 < line.Length && char.IsAsciiDigit(line[at + 4])));

    /// <summary>Seconds in "Retry-After: 30", "'retry-after': '30'", "retry after 35", "retry after value (720 > 60)".</summary>
    public static int? FindRetryAfter(ReadOnlySpan<char> line)
    {
        var from = 0;
        while (from < line.Length)
        {
            var at = line[from..].IndexOfAny(Retry);
            if (at < 0)
            {
                return null;
            }

            var j = from + at + 5;
            from = j;
            while (j < line.Length && line[j] is '-' or '_' or ' ')
            {
                j++;
            }

            if (!line[j..].StartsWith("after", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            j += 5;
            var limit = Math.Min(line.Length, j + 16);
            while (j < limit && !char.IsAsciiDigit(line[j]))
            {
                j++;
            }

            var start = j;
            while (j < line.Length && j - start < 7 && char.IsAsciiDigit(line[j]))
            {
                j++;
            }

            if (j > start && int.TryParse(line[start..j], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return seconds;
            }
        }

        return null;
    }

    private static (SearchValues<string> Phrase, int Status, bool Alone)[] Phrases((string Phrase, int Status, bool Alone)[] phrases) =>
        [.. phrases.Select(p => (SearchValues.Create([p.Phrase], StringComparison.OrdinalIgnoreCase), p.Status, p.Alone))];
}
