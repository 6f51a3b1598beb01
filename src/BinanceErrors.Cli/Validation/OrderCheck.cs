using BinanceErrors.Cli.Output;
using BinanceErrors.Preflight;

namespace BinanceErrors.Cli.Validation;

/// <summary>The answer for one checked order: the documented object and what the text rendering needs.</summary>
/// <param name="Output">The validation object (docs/schemas/validation.schema.json).</param>
/// <param name="Error">The error the exchange would answer with; null when it would accept the order.</param>
/// <param name="Changes">What normalization changed; empty without normalization.</param>
internal sealed record OrderCheck(ValidationOutput Output, BinanceError? Error, IReadOnlyList<OrderChange> Changes)
{
    /// <summary>Whether the exchange would accept the order.</summary>
    public bool IsValid => Error is null;

    /// <summary>The answer from a validator's result.</summary>
    public static OrderCheck From(
        VenueRules rules, BinanceError? error, IEnumerable<(string Name, string Value)> order, IReadOnlyList<OrderChange>? changes, IEnumerable<string> notChecked) =>
        new(ValidationOutput.From(rules.Venue.Venue, error, order, changes, notChecked, rules.ExchangeInfoGiven), error, changes ?? []);
}
