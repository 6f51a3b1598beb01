using System.Collections.Concurrent;
using BinanceErrors.Preflight.Rules;

namespace BinanceErrors.Preflight.Internal;

/// <summary>
/// The errors the futures validators return, built once from the venue's catalog (server texts only) and classified
/// like a real response, then shared. Owned by the <see cref="Futures.FuturesExchangeRules"/> they were compiled with
/// (no process-wide state): after the first time a rejection is built for those rules, a rejected order costs no
/// allocation.
/// </summary>
internal sealed class FuturesRejections
{
    private readonly ConcurrentDictionary<(int Code, int Variant, string? First, string? Second), BinanceError> _cache = new();

    // A code's first fixed text (the filter, trigger and count checks' rejections) is kept by code alone, and only
    // here: an int key costs a fraction of hashing the four-part key, and a rejected order asks for one on every call.
    private readonly ConcurrentDictionary<int, BinanceError> _fixed = new();

    /// <summary>Creates the rejections of one futures venue, built on first use.</summary>
    /// <param name="venue">The venue whose catalog the messages come from and whose classification they get.</param>
    public FuturesRejections(BinanceVenue venue) => Venue = venue;

    /// <summary>The venue whose catalog the messages come from.</summary>
    public BinanceVenue Venue { get; }

    /// <summary>A code's fixed server text; <paramref name="variant"/> picks among several (0 = the first listed).</summary>
    public BinanceError Fixed(int code, int variant = 0)
    {
        if (variant != 0)
        {
            return Get((code, variant, null, null), static (venue, key) => FixedText(venue, key.Code, key.Variant));
        }

        return _fixed.TryGetValue(code, out var cached)
            ? cached
            : _fixed.GetOrAdd(code, Rejections.AsTheExchangeSends(Venue, code, FixedText(Venue, code, 0)));
    }

    /// <summary>A code's server text with one or two placeholders filled in (parameter names, thresholds).</summary>
    public BinanceError Formatted(int code, string first, string? second = null) =>
        Get((code, 0, first, second), static (venue, key) =>
        {
            var count = key.Second is null ? 1 : 2;
            var texts = ServerTexts(venue, key.Code, count);
            if (texts.Length == 0)
            {
                throw new InvalidOperationException($"{BinanceVenueNames.Of(venue)} {key.Code} has no server text with {count} placeholders.");
            }

            return key.Second is null ? texts[0].Format(key.First!) : texts[0].Format(key.First!, key.Second);
        });

    /// <summary><c>-1102</c>: a mandatory parameter was not sent, was empty/null, or malformed.</summary>
    public BinanceError Mandatory(string name) => Formatted(UsdMFuturesErrorCodes.MandatoryParamEmptyOrMalformed, name);

    /// <summary><c>-1105</c>: a parameter was empty.</summary>
    public BinanceError Empty(string name) => Formatted(UsdMFuturesErrorCodes.ParamEmpty, name);

    /// <summary>
    /// The futures venues' code and message for each stage-1 problem: -1102 for a parameter not sent or a number the
    /// exchange cannot read (quantity=-7.0, abc: ccxt/ccxt#15949), -1105 for one sent empty, -1106 not required (-4137
    /// for a quantity sent with closePosition=true), -1111, and -1117 / -1116 / -1115 / -4060 for a side, type, time
    /// in force or position side that is not a name. Names follow the endpoint (stopPrice or triggerPrice, …).
    /// </summary>
    /// <param name="failure">The failure.</param>
    /// <param name="order">The order, for the endpoint's parameter names.</param>
    /// <returns>The error the exchange sends.</returns>
    public BinanceError Of(in ParameterFailure failure, in FuturesOrderFields order)
    {
        var name = failure.First switch
        {
            OrderParameter.StopPrice => order.StopPriceName,
            OrderParameter.ActivationPrice => order.ActivationPriceName,
            _ => OrderParameterNames.Name(failure.First),
        };
        return failure.Problem switch
        {
            ParameterProblem.NotSent or ParameterProblem.Malformed => Mandatory(name),
            ParameterProblem.SentEmpty or ParameterProblem.Empty => Empty(name),
            ParameterProblem.NotRequired when failure.First == OrderParameter.Quantity => Fixed(UsdMFuturesErrorCodes.QuantityExistsWithClosePosition),
            ParameterProblem.NotRequired => Formatted(UsdMFuturesErrorCodes.ParamNotRequired, name),
            ParameterProblem.TooPrecise => Fixed(UsdMFuturesErrorCodes.BadPrecision),
            _ => Fixed(failure.First switch
            {
                OrderParameter.Side => UsdMFuturesErrorCodes.InvalidSide,
                OrderParameter.Type => UsdMFuturesErrorCodes.InvalidOrderType,
                OrderParameter.PositionSide => UsdMFuturesErrorCodes.InvalidPositionSide,
                _ => UsdMFuturesErrorCodes.InvalidTif,
            }),
        };
    }

    private static string FixedText(BinanceVenue venue, int code, int variant)
    {
        var texts = ServerTexts(venue, code, 0);
        return texts.Length > variant
            ? texts[variant].Text
            : throw new InvalidOperationException($"{BinanceVenueNames.Of(venue)} {code} has no fixed server text #{variant}.");
    }

    private static MessageTemplate[] ServerTexts(BinanceVenue venue, int code, int placeholders) =>
        BinanceErrorCatalog.TryGetDefinition(venue, code, out var definition)
            ? [.. definition.Messages.Where(m => m.Form == MessageForm.Server && m.ArgumentNames.Count == placeholders)]
            : [];

    private BinanceError Get((int Code, int Variant, string? First, string? Second) key, Func<BinanceVenue, (int Code, int Variant, string? First, string? Second), string> message)
    {
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        return _cache.GetOrAdd(key, Rejections.AsTheExchangeSends(Venue, key.Code, message(Venue, key)));
    }
}
