using BinanceErrors.Preflight;

namespace BinanceErrors.Cli.Validation;

/// <summary>One venue's compiled exchangeInfo rules, checking orders given as Binance parameters plus market-context fields.</summary>
internal abstract class VenueRules
{
    private protected VenueRules(ValidationVenue venue, bool exchangeInfoGiven)
    {
        Venue = venue;
        ExchangeInfoGiven = exchangeInfoGiven;
    }

    /// <summary>The venue the rules belong to.</summary>
    public ValidationVenue Venue { get; }

    /// <summary>Whether the rules come from a document the caller gave (else the built-in sample).</summary>
    public bool ExchangeInfoGiven { get; }

    /// <summary>Normalizes (when asked) and validates one order.</summary>
    /// <param name="input">The order's parameters and its market context, as text.</param>
    /// <param name="normalize">Normalization options, or null to validate the order as given. Its reference price is the venue's (set here).</param>
    /// <param name="now">The time the exchange would compare goodTillDate and delivery with.</param>
    /// <param name="describe">Words a context value that cannot be read, the way the caller's front names its input.</param>
    /// <exception cref="CliUsageException">A context field that cannot be read, or a request the venue has no endpoint for.</exception>
    public abstract OrderCheck Check(OrderInput input, NormalizeOptions? normalize, DateTimeOffset now, Func<ContextProblem, string> describe);
}
