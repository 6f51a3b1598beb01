using System.Text.Json.Nodes;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Benchmarks;

/// <summary>The default exchangeInfo with limits no benchmark reaches.</summary>
internal static class SandboxLimits
{
    public static string Relaxed()
    {
        var root = JsonNode.Parse(SandboxServer.DefaultExchangeInfoJson())!;
        root["rateLimits"] = new JsonArray(
            new JsonObject { ["rateLimitType"] = "REQUEST_WEIGHT", ["interval"] = "MINUTE", ["intervalNum"] = 1, ["limit"] = 100_000_000 },
            new JsonObject { ["rateLimitType"] = "ORDERS", ["interval"] = "SECOND", ["intervalNum"] = 10, ["limit"] = 100_000_000 });
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
