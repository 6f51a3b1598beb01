using System.Diagnostics;
using System.Globalization;
using System.Text;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// A seeded, bounded property test of the USDⓈ-M margin: random sequences of client actions (limit, market and
/// reduce-only orders, conditional orders, cancels, leverage and margin type changes) and admin mark moves, checked
/// through the API after every step.
/// <list type="bullet">
/// <item><c>availableBalance</c> is never negative and is always max(0, totalMarginBalance − totalInitialMargin), the
/// same in <c>/fapi/v2/account</c> and <c>/fapi/v2/balance</c> (Binance's "Available for Order").</item>
/// <item>A client action that was accepted and raised the initial margin leaves margin balance − initial margin at
/// zero or more: the exchange's error (-2019, -2027, -2028, -4161) is the only way an action that would not fit ends.</item>
/// <item>An action refused with one of those errors leaves the account exactly as it was.</item>
/// <item>Mark moves are the exchange's, not the client's: they may take margin balance − initial margin below zero
/// (unrealized losses; no liquidation is modelled), and then <c>availableBalance</c> shows 0.</item>
/// </list>
/// A failure prints the seed, the step and the action.
/// </summary>
public sealed class FuturesMarginPropertyTests
{
    private static readonly int[] MarginErrors = [-2019, -2027, -2028, -4161];

    [Theory]
    [InlineData(20261206)]
    [InlineData(7)]
    [InlineData(424242)]
    public async Task NoClientActionTakesTheMarginBelowZero_WithoutTheExchangesError(int seed)
    {
        const int steps = 250;
        var random = new Random(seed);
        await using var server = await FuturesMarginTests.StartAsync(usdt: 20_000m);
        using var client = SandboxClient.Hmac(server);
        var budget = Stopwatch.StartNew();
        var seen = new Dictionary<int, int>();
        var accepted = 0;

        var before = await AccountAsync(client);
        for (var step = 0; step < steps && budget.Elapsed < TimeSpan.FromSeconds(40); step++)
        {
            var (described, clientAction, answer) = await ActAsync(server, client, random);
            var context = $"seed {seed}, step {step}: {described} → {answer?.Status} {answer?.Body}";
            answer?.Status.ShouldBeLessThan(500, context);
            var after = await AccountAsync(client);

            after.Available.ShouldBeGreaterThanOrEqualTo(0m, context);
            after.Available.ShouldBe(Math.Max(0m, after.MarginBalance - after.InitialMargin), 0.00000003m, context);
            after.Available.ShouldBe(await BalanceAvailableAsync(client), context);
            if (answer is { Status: 200 } && clientAction)
            {
                accepted++;
                if (after.InitialMargin > before.InitialMargin)
                {
                    (after.MarginBalance - after.InitialMargin).ShouldBeGreaterThanOrEqualTo(-0.00000003m, context);
                }
            }
            else if (answer is { Status: 400 } && answer.Json.TryGetProperty("code", out var code) && MarginErrors.Contains(code.GetInt32()))
            {
                seen[code.GetInt32()] = seen.GetValueOrDefault(code.GetInt32()) + 1;
                after.Body.ShouldBe(before.Body, context);
            }

            before = after;
        }

        accepted.ShouldBeGreaterThan(50, "the run is not all refusals");
        seen.GetValueOrDefault(-2019).ShouldBeGreaterThan(0, "the run reaches -2019");
        seen.GetValueOrDefault(-2028).ShouldBeGreaterThan(0, "the run reaches -2028");
    }

    private static async Task<(string Described, bool ClientAction, SandboxClient.Response? Answer)> ActAsync(SandboxServer server, SandboxClient client, Random random)
    {
        var symbol = random.Next(3) == 0 ? "ETHUSDT" : "BTCUSDT";
        var mark = server.MarkPrice(symbol);
        var tick = symbol == "BTCUSDT" ? 0.1m : 0.01m;
        var side = random.Next(2) == 0 ? "BUY" : "SELL";
        var notional = (decimal)Math.Pow(10, 2.5 + (random.NextDouble() * 3)); // about 300 to 300,000 USDT
        var quantity = Math.Max(symbol == "BTCUSDT" ? 0.002m : 0.01m, Math.Round(notional / mark, 3));
        string query;
        switch (random.Next(20))
        {
            case <= 5:
                var price = Math.Round(mark * (1 + (((decimal)random.NextDouble() - 0.5m) * 0.02m)) / tick) * tick;
                var tif = random.Next(4) switch { 0 => "IOC", 1 => "GTX", _ => "GTC" };
                query = $"symbol={symbol}&side={side}&type=LIMIT&timeInForce={tif}&price={price.ToString(CultureInfo.InvariantCulture)}&quantity={quantity.ToString(CultureInfo.InvariantCulture)}";
                break;
            case <= 8:
                query = $"symbol={symbol}&side={side}&type=MARKET&quantity={quantity.ToString(CultureInfo.InvariantCulture)}";
                break;
            case 9:
                query = $"symbol={symbol}&side={side}&type=MARKET&reduceOnly=true&quantity={quantity.ToString(CultureInfo.InvariantCulture)}";
                break;
            case 10:
                var trigger = Math.Round(mark * (side == "BUY" ? 1.01m : 0.99m) / tick) * tick;
                query = $"algoType=CONDITIONAL&symbol={symbol}&side={side}&type=STOP_MARKET&workingType=MARK_PRICE&triggerPrice={trigger.ToString(CultureInfo.InvariantCulture)}&quantity={quantity.ToString(CultureInfo.InvariantCulture)}";
                return ($"POST /fapi/v1/algoOrder?{query}", true, await client.SignedAsync(HttpMethod.Post, "/fapi/v1/algoOrder", query));
            case 11:
                var open = (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/openOrders", "")).Json;
                if (open.GetArrayLength() == 0)
                {
                    return ("no open order to cancel", true, null);
                }

                var pick = open[random.Next(open.GetArrayLength())];
                query = $"symbol={pick.GetProperty("symbol").GetString()}&orderId={pick.GetProperty("orderId").GetInt64()}";
                return ($"DELETE /fapi/v1/order?{query}", true, await client.SignedAsync(HttpMethod.Delete, "/fapi/v1/order", query));
            case 12:
                return ($"DELETE /fapi/v1/allOpenOrders {symbol}", true, await client.SignedAsync(HttpMethod.Delete, "/fapi/v1/allOpenOrders", $"symbol={symbol}"));
            case <= 15:
                var leverage = random.Next(4) == 0 ? random.Next(1, 126) : random.Next(1, 21);
                query = $"symbol={symbol}&leverage={leverage.ToString(CultureInfo.InvariantCulture)}";
                return ($"POST /fapi/v1/leverage?{query}", true, await client.SignedAsync(HttpMethod.Post, "/fapi/v1/leverage", query));
            case 16:
                query = $"symbol={symbol}&marginType={(random.Next(2) == 0 ? "ISOLATED" : "CROSSED")}";
                return ($"POST /fapi/v1/marginType?{query}", true, await client.SignedAsync(HttpMethod.Post, "/fapi/v1/marginType", query));
            default:
                // The exchange moves: up to ±3 % (the house liquidity follows, conditional orders may trigger).
                var moved = Math.Round(mark * (1 + (((decimal)random.NextDouble() - 0.5m) * 0.06m)) / tick) * tick;
                using (var admin = new HttpClient { BaseAddress = server.BaseAddress })
                {
                    var body = $$"""{"symbol":"{{symbol}}","markPrice":{{moved.ToString(CultureInfo.InvariantCulture)}}}""";
                    using var response = await admin.PostAsync("/sandbox/markPrice", new StringContent(body, Encoding.UTF8, "application/json"));
                    ((int)response.StatusCode).ShouldBe(200);
                    return ($"mark {symbol} → {moved}", false, null);
                }
        }

        return ($"POST /fapi/v1/order?{query}", true, await client.SignedAsync(HttpMethod.Post, "/fapi/v1/order", query));
    }

    private static async Task<Snapshot> AccountAsync(SandboxClient client)
    {
        var response = await client.SignedAsync(HttpMethod.Get, "/fapi/v2/account", "");
        var json = response.Json;
        return new Snapshot(
            FuturesMarginTests.Dec(json, "availableBalance"),
            FuturesMarginTests.Dec(json, "totalMarginBalance"),
            FuturesMarginTests.Dec(json, "totalInitialMargin"),
            response.Body + (await client.SignedAsync(HttpMethod.Get, "/fapi/v1/openOrders", "")).Body);
    }

    private static async Task<decimal> BalanceAvailableAsync(SandboxClient client)
    {
        var balances = (await client.SignedAsync(HttpMethod.Get, "/fapi/v2/balance", "")).Json;
        foreach (var balance in balances.EnumerateArray())
        {
            if (balance.GetProperty("asset").GetString() == "USDT")
            {
                return FuturesMarginTests.Dec(balance, "availableBalance");
            }
        }

        throw new InvalidOperationException("No USDT balance.");
    }

    private sealed record Snapshot(decimal Available, decimal MarginBalance, decimal InitialMargin, string Body);
}
