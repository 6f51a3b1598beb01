using System.Globalization;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.Spot;

/// <summary>Typed parameter checks, answered with the exchange's codes (a LONG that is not one is -1100, as Binance does).</summary>
internal sealed partial class SpotApi
{
    private const string LongPattern = "^[0-9]{1,20}$";

    /// <summary>The longest startTime–endTime range allOrders and myTrades accept.</summary>
    private const int MaxLookupHours = 24;

    /// <summary>An optional LONG parameter: absent is null; anything but digits that fit a long is -1100.</summary>
    private long? OptionalLong(OperationCall call, string name) =>
        call[name] is not { } text ? null
        : long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value
        : throw _messages.Reject(BinanceErrorCodes.IllegalChars, name, LongPattern);

    /// <summary>startTime and endTime: LONGs, in order, at most <see cref="MaxLookupHours"/> apart.</summary>
    private (long From, long To) TimeRange(OperationCall call)
    {
        var start = OptionalLong(call, "startTime");
        var end = OptionalLong(call, "endTime");
        if (start is { } s && end is { } e)
        {
            if (s > e)
            {
                throw _messages.Reject(BinanceErrorCodes.OptionalParamsBadCombo);
            }

            if (e - s > MaxLookupHours * 3_600_000L)
            {
                throw _messages.Reject(BinanceErrorCodes.MoreThanXxHours, MaxLookupHours.ToString(CultureInfo.InvariantCulture));
            }
        }

        return (start ?? long.MinValue, end ?? long.MaxValue);
    }

    /// <summary>An enumerated parameter: absent is fine; a value outside the set is -1130 for that parameter.</summary>
    private void RequireOneOf(OperationCall call, string name, params string[] allowed)
    {
        if (call[name] is { } value && !allowed.Contains(value, StringComparer.Ordinal))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidParameter, name);
        }
    }

    /// <summary>cancelRestrictions, with its own code (-1145).</summary>
    private void RequireCancelRestrictions(OperationCall call)
    {
        if (call["cancelRestrictions"] is { } restrictions && restrictions is not ("ONLY_NEW" or "ONLY_PARTIALLY_FILLED"))
        {
            throw _messages.Reject(BinanceErrorCodes.InvalidCancelRestrictions);
        }
    }
}
