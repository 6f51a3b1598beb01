using System.Text.RegularExpressions;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// Masks credentials in any text the MCP server sends back or logs: whatever an assistant pastes (a request line with
/// <c>signature=</c>, an <c>X-MBX-APIKEY</c> header, a 64-character key) must not be echoed into a transcript.
/// </summary>
internal static partial class SecretMask
{
    private const string Mask = "***";

    public static string Apply(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        text = SecretParameter().Replace(text, m => m.Groups[1].Value + Mask);
        text = ApiKeyHeader().Replace(text, m => m.Groups[1].Value + Mask);
        return LongToken().Replace(text, Mask);
    }

    // The quotes may come JSON-escaped (\"apiKey\":\"…\"), as in a JSON-RPC message logged at Trace.
    [GeneratedRegex(@"((?:signature|apiKey|api_key|secret|secretKey|listenKey)\\?[""']?\s*[=:]\s*\\?[""']?)[^&\s""'\\,}]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();

    [GeneratedRegex(@"(X-MBX-APIKEY\\?[""']?\s*[:=]\s*\\?[""']?)[^\s""'\\,}]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiKeyHeader();

    // API keys and secrets are 64 alphanumeric characters; hex signatures are 64 hex digits.
    [GeneratedRegex(@"\b[A-Za-z0-9]{48,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongToken();
}
