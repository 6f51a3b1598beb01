using System.CommandLine;
using System.Globalization;
using BinanceErrors.Preflight;
using BinanceErrors.Sandbox;
using Spectre.Console;

namespace BinanceErrors.Cli.Commands;

/// <summary><c>binance-errors sandbox</c>: run the Binance-compatible test exchange until Ctrl+C.</summary>
internal static class SandboxCommand
{
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port") { Description = "The port; 0 picks a free one.", DefaultValueFactory = _ => 8090 };
        var exchangeInfo = new Option<string?>("--exchange-info") { Description = "exchangeInfo JSON to serve and enforce. Default: the built-in five symbols." };
        var apiKey = new Option<string>("--api-key") { Description = "The API key clients send in X-MBX-APIKEY.", DefaultValueFactory = _ => "sandboxkey" };
        var apiSecret = new Option<string?>("--api-secret") { Description = "The HMAC-SHA256 secret. Default: sandbox-secret (unless an RSA or Ed25519 key is given)." };
        var rsa = new Option<string?>("--rsa-public-key") { Description = "A PEM file with the RSA public key (PKCS#8 SubjectPublicKeyInfo) that verifies RSA signatures." };
        var ed = new Option<string?>("--ed25519-public-key") { Description = "A PEM file with the Ed25519 public key that verifies Ed25519 signatures." };
        var balance = new Option<string[]>("--balance") { Description = "A starting balance ASSET=AMOUNT (repeatable), e.g. --balance USDT=100000." };
        var allowRemote = new Option<bool>("--allow-remote") { Description = "Listen on every interface instead of 127.0.0.1 only." };
        var violations = new Option<int>("--violations-before-ban") { Description = "How many requests sent while limited (429) earn a ban (418).", DefaultValueFactory = _ => 3 };
        var venue = new Option<string>("--venue")
        {
            Description = "spot (/api/v3), usdm (USDⓈ-M futures on /fapi: margin, leverage, positions, algo orders), coinm (COIN-M futures on /dapi: inverse contracts margined in the coin), or usdm,coinm (both on one port, sharing the position mode and the fapi+dapi limit pool).",
            DefaultValueFactory = _ => "spot",
        };
        venue.Validators.Add(result =>
        {
            if (ParseVenues(result.GetValueOrDefault<string>()) is null)
            {
                result.AddError($"'{result.GetValueOrDefault<string>()}' is not a sandbox venue: use spot, usdm, coinm or usdm,coinm.");
            }
        });
        var markSeed = new Option<int?>("--mark-price-seed") { Description = "usdm, coinm: move every mark price by a seeded random walk (0.05 % steps each second). Default: mark prices move only through POST /sandbox/markPrice." };
        var metricsPort = new Option<int?>("--metrics-port") { Description = "Serve the exchange side's metrics (requests, error answers, faults injected) in Prometheus text at http://127.0.0.1:PORT/metrics (0 picks a free port)." };
        var command = new Command("sandbox", "Run a Binance-compatible Spot, USDⓈ-M or COIN-M futures exchange for tests (real signatures, limits, order book, fault injection) until Ctrl+C.")
        {
            port, exchangeInfo, apiKey, apiSecret, rsa, ed, balance, allowRemote, violations, venue, markSeed, metricsPort,
        };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (result.GetValue(violations) < 1)
            {
                throw new CliUsageException($"--violations-before-ban must be at least 1, not {result.GetValue(violations)}.");
            }

            var options = BuildOptions(
                result.GetValue(port), result.GetValue(exchangeInfo), result.GetValue(apiKey)!, result.GetValue(apiSecret),
                result.GetValue(rsa), result.GetValue(ed), result.GetValue(balance) ?? [], result.GetValue(allowRemote),
                ParseVenues(result.GetValue(venue)!)!, result.GetValue(markSeed));
            options = options with { ViolationsBeforeBan = result.GetValue(violations) };
            MetricsEndpoint.Validate(result.GetValue(metricsPort), null);
            await using var metrics = await MetricsEndpoint.StartAsync(console, result.GetValue(metricsPort), [SandboxServer.MeterName], cancellationToken).ConfigureAwait(false);
            await using var server = await SandboxStart.StartAsync(options, cancellationToken).ConfigureAwait(false);
            if (options.AllowRemote)
            {
                await console.Error.WriteLineAsync($"binance-errors: warning: the sandbox listens on every interface; its admin API (/sandbox/faults, /sandbox/clock, /sandbox/orders) has no authentication, so anyone who can reach port {server.BaseAddress.Port} can inject faults and read orders.").ConfigureAwait(false);
            }

            var key = options.ApiKeys[0];
            var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            grid.AddRow(new Text("Venue:"), new Text(string.Join(" + ", new[] { options.Venue }.Concat(options.AlsoServe).Select(VenueTitle))));
            grid.AddRow(new Text("Base URL:"), new Text(server.BaseAddress.ToString()));
            if (server.WebSocketAddress is { } webSocket)
            {
                grid.AddRow(new Text("WebSocket API:"), new Text(webSocket.ToString()));
            }

            grid.AddRow(new Text("API key:"), new Text(key.ApiKey));
            grid.AddRow(new Text("Key type:"), new Text(key.HmacSecret is not null ? $"HMAC-SHA256, secret {key.HmacSecret}" : key.RsaPublicKeyPem is not null ? "RSA" : "Ed25519"));
            grid.AddRow(new Text("Balances:"), new Text(string.Join(", ", key.Balances.Select(b => $"{b.Key}={b.Value.ToString(CultureInfo.InvariantCulture)}"))));
            grid.AddRow(new Text("Faults:"), new Text($"POST {server.BaseAddress}sandbox/faults (see docs/sandbox.md)"));
            if (options.Venue == SandboxVenue.Spot)
            {
                grid.AddRow(new Text("Limits:"), new Text(string.Join(", ", ExchangeInfo.Parse(options.ExchangeInfoJson ?? SandboxServer.DefaultExchangeInfoJson()).RateLimits.Select(l => $"{l.Type} {l.Limit}/{l.HeaderSuffix}"))));
            }

            grid.AddRow(new Text("Stats:"), new Text($"GET {server.BaseAddress}sandbox/stats"));
            if (metrics is not null)
            {
                grid.AddRow(new Text("Metrics:"), new Text(metrics.Address.ToString()));
            }

            console.Ansi.Write(grid);
            await console.Output.WriteLineAsync("Press Ctrl+C to stop.").ConfigureAwait(false);
            await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, console.Time, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how the sandbox is meant to stop; it still reports 130, as every command does.
                await console.Output.WriteLineAsync("Sandbox stopped.").ConfigureAwait(false);
            }

            return ExitCodes.Interrupted;
        });
        return command;
    }

    /// <summary>The venues of <c>--venue</c>: one name, or <c>usdm,coinm</c> for both futures venues on one server; null when not a venue list.</summary>
    private static SandboxVenue[]? ParseVenues(string? text)
    {
        var venues = new List<SandboxVenue>();
        foreach (var name in (text ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
        {
            SandboxVenue? venue = name switch
            {
                "spot" => SandboxVenue.Spot,
                "usdm" => SandboxVenue.UsdM,
                "coinm" => SandboxVenue.CoinM,
                _ => null,
            };
            if (venue is not { } known || venues.Contains(known))
            {
                return null;
            }

            venues.Add(known);
        }

        return venues.Count == 1 || !venues.Contains(SandboxVenue.Spot) ? [.. venues] : null;
    }

    private static string VenueTitle(SandboxVenue venue) => venue switch
    {
        SandboxVenue.UsdM => "USDⓈ-M futures (/fapi)",
        SandboxVenue.CoinM => "COIN-M futures (/dapi)",
        _ => "Spot (/api/v3)",
    };

    private static SandboxOptions BuildOptions(int port, string? exchangeInfoPath, string apiKey, string? secret, string? rsaPath, string? edPath, string[] balances, bool allowRemote, SandboxVenue[] venues, int? markSeed = null)
    {
        var futures = venues[0] != SandboxVenue.Spot;
        CliPorts.Check(port);
        if (apiKey.Length is 0 or > 64 || !apiKey.All(char.IsAsciiLetterOrDigit))
        {
            throw new CliUsageException($"'{apiKey}' is not a valid API key: use 1 to 64 letters and digits.");
        }

        var parsedBalances = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in balances)
        {
            var parts = entry.Split('=', 2);
            if (parts.Length != 2 || parts[0].Length == 0 || !decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            {
                throw new CliUsageException($"'{entry}' is not a balance. Write it as ASSET=AMOUNT, e.g. USDT=100000.");
            }

            parsedBalances[parts[0].ToUpperInvariant()] = amount;
        }

        string? exchangeJson = null;
        if (exchangeInfoPath is not null)
        {
            exchangeJson = CliFiles.ReadAllText("--exchange-info", exchangeInfoPath);
            try
            {
                if (futures)
                {
                    Preflight.Futures.FuturesExchangeInfo.Parse(exchangeJson);
                }
                else
                {
                    ExchangeInfo.Parse(exchangeJson);
                }
            }
            catch (ExchangeInfoFormatException ex)
            {
                throw new CliUsageException($"Cannot use exchangeInfo '{exchangeInfoPath}': {ex.Message}", ex);
            }
        }

        var key = new SandboxApiKey
        {
            ApiKey = apiKey,
            HmacSecret = secret ?? (rsaPath is null && edPath is null ? "sandbox-secret" : null),
            RsaPublicKeyPem = ReadPem(rsaPath, "--rsa-public-key"),
            Ed25519PublicKeyPem = ReadPem(edPath, "--ed25519-public-key"),
        };
        if (parsedBalances.Count > 0)
        {
            key = key with { Balances = parsedBalances };
        }

        return new SandboxOptions
        {
            Port = port,
            AllowRemote = allowRemote,
            ExchangeInfoJson = exchangeJson,
            ApiKeys = [key],
            Venue = venues[0],
            AlsoServe = venues[1..],
            MarkPriceWalk = futures && markSeed is { } seed ? new FuturesMarkWalk(seed) : null,
        };
    }

    private static string? ReadPem(string? path, string option) => path is null ? null : CliFiles.ReadAllText(option, path);
}
