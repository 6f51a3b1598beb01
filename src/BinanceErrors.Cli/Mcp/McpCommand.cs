using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Server;

namespace BinanceErrors.Cli.Mcp;

/// <summary>
/// <c>binance-errors mcp</c>: serves the Model Context Protocol over stdio (for Claude Desktop, VS Code, Cursor…) or,
/// with <c>--http</c>, over Streamable HTTP on 127.0.0.1. In stdio mode standard output carries protocol messages
/// only; every log line goes to standard error.
/// </summary>
internal static class McpCommand
{
    public const string ServerName = "binance-errors";

    private const string Instructions =
        "Offline, venue-aware help with Binance API errors (Spot, USDⓈ-M, COIN-M, Binance.US) from the BinanceErrors catalog, classifier and order pre-flight. " +
        "Use explain_error for a code, classify_response for a whole HTTP response, validate_order before sending an order, list_errors to browse, recovery_plan for what to do after timeouts, bans, -1021, -2013 or -4120, diagnose_log for a bot's whole log. " +
        "Never invent error codes or meanings; quote the tools.";

    public static Command Create(CliConsole console)
    {
        var http = new Option<bool>("--http") { Description = "Serve Streamable HTTP on 127.0.0.1 instead of stdio." };
        var port = new Option<int>("--port") { Description = "With --http: the port; 0 picks a free one.", DefaultValueFactory = _ => 8765 };
        var allowHost = new Option<string[]>("--allow-host") { Description = "With --http: also answer requests whose Host header names this host (repeatable). Default: loopback names only (localhost, 127.0.0.1, [::1]); anything else gets 403." };
        var allowOrigin = new Option<string[]>("--allow-origin") { Description = "With --http: also answer browser requests from this origin, e.g. http://app.internal:8080 (repeatable). Default: loopback origins only; anything else gets 403." };
        var logLevel = new Option<LogLevel>("--log-level") { Description = "What to log, always to standard error, secrets masked: Warning (default), Information, Debug or Trace (Debug and Trace add stack traces).", DefaultValueFactory = _ => LogLevel.Warning };
        var command = new Command("mcp", "Serve Binance error help to AI assistants over the Model Context Protocol (stdio, or --http).") { http, port, allowHost, allowOrigin, logLevel };
        command.SetAction(async (result, cancellationToken) =>
        {
            var level = result.GetValue(logLevel);
            if (!result.GetValue(http))
            {
                // Options of the HTTP transport mean nothing over stdio: refused rather than silently ignored.
                if (new Option[] { port, allowHost, allowOrigin }.FirstOrDefault(o => CliArguments.Given(result, o)) is { } unused)
                {
                    throw new CliUsageException($"{unused.Name} applies only with --http (stdio has no port, hosts or origins). Add --http, or leave {unused.Name} out.");
                }

                await RunStdioAsync(level, cancellationToken).ConfigureAwait(false);

                // The host closing the connection is success; a signal is reported like every command's.
                return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
            }

            var chosen = CliPorts.Check(result.GetValue(port));
            var guard = new McpHttpGuard(result.GetValue(allowHost) ?? [], result.GetValue(allowOrigin) ?? []);
            await RunHttpAsync(console, chosen, guard, level, cancellationToken).ConfigureAwait(false);

            // A signal is how the HTTP server is meant to stop; like sandbox, it still reports 130 (143 after SIGTERM).
            return cancellationToken.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Success;
        });
        return command;
    }

    private static async Task RunStdioAsync(LogLevel level, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        ConfigureLogging(builder.Logging, level);
        builder.Services.AddSingleton<IHostLifetime, CliHostLifetime>();
        AddServer(builder.Services).WithStdioServerTransport();
        using var host = builder.Build();
        await host.RunAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunHttpAsync(CliConsole console, int port, McpHttpGuard guard, LogLevel level, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(McpCommand).Assembly.GetName().Name });
        ConfigureLogging(builder.Logging, level);
        builder.Services.AddSingleton<IHostLifetime, CliHostLifetime>();

        // Loopback only: the server is meant for assistants on this machine and has no authentication.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        AddServer(builder.Services).WithHttpTransport(options => options.Stateless = true);
        await using var app = builder.Build();
        app.Use(guard.Middleware(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(McpHttpGuard).FullName!)));
        app.MapMcp("/mcp");
        await CliPorts.ListenAsync(port, async () => { await app.StartAsync(cancellationToken).ConfigureAwait(false); return app; }).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await console.Output.WriteLineAsync($"MCP server (Streamable HTTP) listening on {address}/mcp").ConfigureAwait(false);
        await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);

        // Serves until SIGINT or SIGTERM (the token) or the host is told to stop; then shuts Kestrel down cleanly.
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
    }

    private static IMcpServerBuilder AddServer(IServiceCollection services) =>
        services
            .AddSingleton(TimeProvider.System) // validate_order's clock (GOOD_TILL_DATE); tools take it as a service.
            .AddMcpServer(options =>
            {
                options.ServerInfo = new() { Name = ServerName, Version = typeof(McpCommand).Assembly.GetName().Version?.ToString(3) ?? "0.0.0" };
                options.ServerInstructions = Instructions;
            })
            .WithMessageFilters(filters => filters.AddIncomingFilter(McpRequestGuard.Filter))
            .WithRequestFilters(filters => filters.AddCallToolFilter(next => async (context, cancellationToken) =>
                context.MatchedPrimitive is McpServerTool tool
                && ToolArguments.Problem(tool.ProtocolTool.Name, tool.ProtocolTool.InputSchema, context.Params?.Arguments) is { } problem
                    ? McpToolOutput.Failure(problem)
                    : await next(context, cancellationToken).ConfigureAwait(false)))
            .WithTools<BinanceErrorTools>()
            .WithTools<LogDiagnosisTools>()
            .WithResources<BinanceErrorResources>()
            .WithPrompts<BinanceErrorPrompts>()
            .WithPrompts<LogDiagnosisPrompts>();

    private static void ConfigureLogging(ILoggingBuilder logging, LogLevel level)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(level);

        // A failure to start is reported by the CLI itself, as one line (e.g. a port in use); the host's own report of it
        // (an Error with the stack trace) is left to Debug and Trace.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", level <= LogLevel.Debug ? level : LogLevel.Critical);

        // stdout belongs to the protocol: every level goes to stderr, one line per entry, secrets masked.
        var console = LoggerFactory.Create(inner => inner
            .SetMinimumLevel(LogLevel.Trace)
            .AddSimpleConsole(options => options.SingleLine = true)
            .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
        logging.AddProvider(new RedactingLoggerProvider(console, stackTraces: level <= LogLevel.Debug));
    }
}
