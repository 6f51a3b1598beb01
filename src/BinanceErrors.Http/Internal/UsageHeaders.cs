using System.Globalization;
using System.Net.Http.Headers;

namespace BinanceErrors.Http.Internal;

/// <summary>
/// The exchange's counts on an HTTP answer: <c>X-MBX-USED-WEIGHT-(intervalNum)(intervalLetter)</c> and
/// <c>X-MBX-ORDER-COUNT-(intervalNum)(intervalLetter)</c>, for any window the exchange reports. Only those headers are
/// read.
/// </summary>
internal static class UsageHeaders
{
    private const string WeightHeader = "X-MBX-USED-WEIGHT-";
    private const string OrderCountHeader = "X-MBX-ORDER-COUNT-";

    private static readonly BinanceLimitUsage[] NoUsage = [];

    /// <summary>Reads the counts into a list (tests, and callers off the hot path).</summary>
    public static IReadOnlyList<BinanceLimitUsage> Read(HttpResponseHeaders headers)
    {
        Span<BinanceLimitUsage> found = stackalloc BinanceLimitUsage[8];
        var count = Read(headers, found, out var more);
        return more is not null ? more : count == 0 ? NoUsage : found[..count].ToArray();
    }

    /// <summary>
    /// Reads the counts into <paramref name="found"/> (the exchange sends one or two); when there are more than it
    /// holds, all of them go to <paramref name="more"/> instead.
    /// </summary>
    public static int Read(HttpResponseHeaders headers, Span<BinanceLimitUsage> found, out List<BinanceLimitUsage>? more)
    {
        var count = 0;
        more = null;
        foreach (var header in headers.NonValidated)
        {
            var name = header.Key;
            var kind = name.StartsWith(WeightHeader, StringComparison.OrdinalIgnoreCase) ? BinanceLimitKind.RequestWeight
                : name.StartsWith(OrderCountHeader, StringComparison.OrdinalIgnoreCase) ? BinanceLimitKind.Orders
                : (BinanceLimitKind?)null;
            if (kind is null)
            {
                continue;
            }

            var suffix = name.AsSpan((kind == BinanceLimitKind.RequestWeight ? WeightHeader : OrderCountHeader).Length);
            if (LimitWindowText.TryParseSuffix(suffix, out var windowMs)
                && long.TryParse(header.Value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var used))
            {
                var usage = new BinanceLimitUsage(kind.Value, windowMs, used);
                if (more is not null)
                {
                    more.Add(usage);
                }
                else if (count < found.Length)
                {
                    found[count++] = usage;
                }
                else
                {
                    more = [.. found, usage];
                }
            }
        }

        return count;
    }
}
