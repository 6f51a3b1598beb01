using System.Globalization;
using StackExchange.Redis;

namespace BinanceErrors.Http.Redis;

/// <summary>
/// Reads a Redis URL, the form hosting providers hand out (<c>REDIS_URL</c>):
/// <c>redis://[[user]:password@]host[:port][/db][?ssl=true]</c>, or <c>rediss://…</c> for TLS. Every part is honoured
/// (user and password for AUTH, the database number, TLS with the host name checked against the certificate); a part
/// this store cannot honour (another scheme, an unknown query parameter, a fragment) is refused with an
/// <see cref="ArgumentException"/> that says which, never dropped. StackExchange.Redis reads only its own
/// <c>host:port,password=…</c> form, and the URL is too small a grammar to need a library.
/// </summary>
internal static class RedisUrl
{
    /// <summary>Whether the configuration is a URL (rather than a StackExchange.Redis configuration string).</summary>
    public static bool IsUrl(string configuration) =>
        configuration.StartsWith("redis://", StringComparison.OrdinalIgnoreCase) || configuration.StartsWith("rediss://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The StackExchange.Redis options the URL says.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>The options.</returns>
    public static ConfigurationOptions Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss") || uri.Host.Length == 0)
        {
            throw new ArgumentException($"'{Redact(url)}' is not a Redis URL: use redis://[[user]:password@]host[:port][/db][?ssl=true] or rediss://… for TLS.", nameof(url));
        }

        if (uri.Fragment.Length > 0)
        {
            throw new ArgumentException($"'{Redact(url)}': a Redis URL has no fragment ('{uri.Fragment}').", nameof(url));
        }

        var options = new ConfigurationOptions { Ssl = uri.Scheme == "rediss" };
        var port = uri.Port < 0 ? 6379 : uri.Port;
        if (System.Net.IPAddress.TryParse(uri.IdnHost, out var address))
        {
            options.EndPoints.Add(address, port);
        }
        else
        {
            options.EndPoints.Add(uri.IdnHost, port);
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            var user = Uri.UnescapeDataString(colon < 0 ? string.Empty : uri.UserInfo[..colon]);
            var password = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[(colon + 1)..]);
            options.User = user.Length > 0 ? user : null;
            options.Password = password.Length > 0 ? password : null;
        }

        var path = uri.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            options.DefaultDatabase = int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out var database)
                ? database
                : throw new ArgumentException($"'{Redact(url)}': the path must be a database number such as /0, not '/{path}'.", nameof(url));
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = pair.IndexOf('=', StringComparison.Ordinal) is var equals and >= 0
                ? (Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..]))
                : (Uri.UnescapeDataString(pair), string.Empty);
            options.Ssl = name.ToUpperInvariant() switch
            {
                "SSL" or "TLS" => value.ToUpperInvariant() switch
                {
                    "TRUE" or "1" => true,
                    "FALSE" or "0" => uri.Scheme == "rediss"
                        ? throw new ArgumentException($"'{Redact(url)}': rediss:// is TLS; {name}={value} contradicts it.", nameof(url))
                        : false,
                    _ => throw new ArgumentException($"'{Redact(url)}': {name} must be true or false, not '{value}'.", nameof(url)),
                },
                _ => throw new ArgumentException($"'{Redact(url)}': the parameter '{name}' is not supported; a Redis URL here takes ssl=true|false (or rediss:// for TLS).", nameof(url)),
            };
        }

        if (options.Ssl)
        {
            // The certificate must name the host the URL names.
            options.SslHost = uri.IdnHost;
        }

        return options;
    }

    /// <summary>The configuration with any password replaced by <c>***</c>, for messages and logs.</summary>
    /// <param name="configuration">A URL or a StackExchange.Redis configuration string.</param>
    /// <returns>The same text without secrets.</returns>
    public static string Redact(string configuration)
    {
        if (IsUrl(configuration))
        {
            var at = configuration.IndexOf('@', StringComparison.Ordinal);
            var start = configuration.IndexOf("//", StringComparison.Ordinal) + 2;
            if (at > start)
            {
                var userInfo = configuration[start..at];
                var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
                return configuration[..start] + (colon < 0 ? "***" : userInfo[..(colon + 1)] + "***") + configuration[at..];
            }

            return configuration;
        }

        return string.Join(',', configuration.Split(',').Select(part => part.TrimStart().StartsWith("password=", StringComparison.OrdinalIgnoreCase) ? "password=***" : part));
    }
}
