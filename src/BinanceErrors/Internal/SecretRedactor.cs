using System.Text.RegularExpressions;

namespace BinanceErrors.Internal;

/// <summary>
/// Removes credentials from any text before it reaches an exception message, a log or the console: signatures,
/// API-key headers and parameters, and secret-looking long tokens.
/// </summary>
internal static partial class SecretRedactor
{
    public const string Mask = "***";

    public static string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        text = SecretParameter().Replace(text, m => m.Groups[1].Value + Mask);
        text = ApiKeyHeader().Replace(text, m => m.Groups[1].Value + Mask);
        return LongToken().Replace(text, Mask);
    }

    [GeneratedRegex(@"((?:signature|apiKey|api_key|secret|secretKey|listenKey)=)[^&\s""']*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretParameter();

    [GeneratedRegex(@"(X-MBX-APIKEY\s*[:=]\s*)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApiKeyHeader();

    // API keys and secrets are 64 alphanumeric characters; hex signatures are 64 hex digits.
    [GeneratedRegex(@"\b[A-Za-z0-9]{48,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex LongToken();
}
