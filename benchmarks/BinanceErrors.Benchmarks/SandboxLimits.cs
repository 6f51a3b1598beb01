using System.Text.Json.Nodes;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Benchmarks;

/// <summary>The default exchangeInfo with limits no benchmark reaches.</summary>
internal static class SandboxLimits
{
    public static string Relaxed()
    {
        var limits = new[]
        {
            new BinanceRateLimit(BinanceRateLimitType.RequestWeight, BinanceRateLimitInterval.Minute, 1, 100_000_000),
            new BinanceRateLimit(BinanceRateLimitType.Orders, BinanceRateLimitInterval.Second, 10, 100_000_000),
        };
        var root = JsonNode.Parse(SandboxServer.WithRateLimits(SandboxServer.DefaultExchangeInfoJson(), limits))!;
        root["exchangeFilters"] = new JsonArray();
        foreach (var symbol in root["symbols"]!.AsArray())
        {
            foreach (var filter in symbol!["filters"]!.AsArray())
            {
                if (filter!["filterType"]!.GetValue<string>() == "MAX_NUM_ORDERS")
                {
                    filter["maxNumOrders"] = 100_000_000;
                }
            }
        }

        return root.ToJsonString();
    }
}
