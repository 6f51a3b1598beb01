using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// Which <c>Host</c> and <c>Origin</c> headers <c>mcp --http</c> answers. The MCP Streamable HTTP transport requires a
/// server to validate <c>Origin</c>: without it a web page the user opens can reach a server on 127.0.0.1 through DNS
/// rebinding (its own name resolving to 127.0.0.1), and that page's requests carry its name in <c>Host</c> and
/// <c>Origin</c>. Accepted: loopback names (<c>localhost</c>, <c>127.0.0.1</c>, <c>[::1]</c>, any port) and the names
/// and origins given with <c>--allow-host</c> / <c>--allow-origin</c>; a request without <c>Origin</c> (not from a
/// browser) needs only an accepted <c>Host</c>. Anything else is answered 403 with a JSON-RPC error and one Warning line.
/// A POST whose body is not declared JSON is answered 415 the same way (the SDK would fail reading it, with a 500).
/// </summary>
internal sealed partial class McpHttpGuard
{
    private static readonly string[] LoopbackHosts = ["localhost", "127.0.0.1", "[::1]"];

    private readonly HashSet<string> _hosts = new(LoopbackHosts, StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _origins = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the list: loopback plus the given names and origins, each checked (exit 2 with a sentence when one is not a name or an origin).</summary>
    /// <param name="hosts">The <c>--allow-host</c> values: host names or IP addresses, without scheme or port.</param>
    /// <param name="origins">The <c>--allow-origin</c> values: <c>scheme://host[:port]</c>.</param>
    public McpHttpGuard(IEnumerable<string> hosts, IEnumerable<string> origins)
    {
        foreach (var host in hosts)
        {
            var name = host.Trim().Trim('[', ']');
            var type = Uri.CheckHostName(name);
            if (type == UriHostNameType.Unknown)
            {
                throw new CliUsageException($"--allow-host '{host}' is not a host name. Give the name clients put in the Host header, without scheme or port, e.g. --allow-host mcp.internal.");
            }

            _hosts.Add(type == UriHostNameType.IPv6 ? $"[{name}]" : name);
        }

        foreach (var origin in origins)
        {
            if (!Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.PathAndQuery != "/" || origin.Trim().TrimEnd('/').Length != uri.GetLeftPart(UriPartial.Authority).Length)
            {
                throw new CliUsageException($"--allow-origin '{origin}' is not an origin. Give scheme, host and port as a browser sends them, e.g. --allow-origin http://localhost:5173.");
            }

            _origins.Add(uri.GetLeftPart(UriPartial.Authority));
        }
    }

    /// <summary>The middleware: answers 403 to a request whose <c>Host</c> or <c>Origin</c> is not accepted.</summary>
    /// <param name="logger">Where a refusal is logged (one Warning line).</param>
    /// <returns>The middleware.</returns>
    public Func<HttpContext, RequestDelegate, Task> Middleware(ILogger logger) => async (context, next) =>
    {
        var host = context.Request.Host;
        var origin = context.Request.Headers.Origin.ToString();
        string? refused = !host.HasValue || !_hosts.Contains(host.Host) ? $"Host '{Printable(host.Value)}'"
            : origin.Length > 0 && !AllowsOrigin(origin) ? $"Origin '{Printable(origin)}'"
            : null;
        if (refused is not null)
        {
            LogRefused(logger, refused);
            await RefuseAsync(context, StatusCodes.Status403Forbidden, $"Forbidden: {refused} is not allowed. This server answers loopback clients only (start it with --allow-host or --allow-origin to add one).").ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method) && !context.Request.HasJsonContentType())
        {
            await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, $"Unsupported Media Type: a JSON-RPC message is sent with Content-Type application/json, not '{Printable(context.Request.ContentType)}'.").ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    };

    private static Task RefuseAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32000,\"message\":\"" + System.Text.Json.JsonEncodedText.Encode(message) + "\"}}",
            context.RequestAborted);
    }

    private bool AllowsOrigin(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false; // "null" (file pages, sandboxed frames) and anything that is not a web origin.
        }

        // Uri.Host keeps the brackets of an IPv6 address, as the loopback list does.
        return LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase) || _origins.Contains(uri.GetLeftPart(UriPartial.Authority));
    }

    /// <summary>A header value for a log line: at most 100 characters, control characters escaped.</summary>
    private static string Printable(string? value)
    {
        var text = new StringBuilder();
        foreach (var c in (value ?? string.Empty).Take(100))
        {
            text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an HTTP request: {Refused} is not allowed (answered 403).")]
    private static partial void LogRefused(ILogger logger, string refused);
}
