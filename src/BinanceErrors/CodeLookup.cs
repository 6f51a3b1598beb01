namespace BinanceErrors;

/// <summary>The result of looking a code up on a venue. Never an exception: unknown and invented codes have answers too.</summary>
/// <param name="Venue">The venue asked about.</param>
/// <param name="Code">The code asked about.</param>
/// <param name="Status">Whether the code is defined, retired, unknown, or not a Binance code at all.</param>
/// <param name="Definition">The definition, for <see cref="CodeLookupStatus.Defined"/> and <see cref="CodeLookupStatus.Retired"/>.</param>
/// <param name="Fabricated">The invented code's record, for <see cref="CodeLookupStatus.NotABinanceCode"/>.</param>
/// <param name="OtherVenues">Definitions of the same number on the other venues, which often explain a mix-up.</param>
public sealed record CodeLookup(
    BinanceVenue Venue,
    int Code,
    CodeLookupStatus Status,
    ErrorDefinition? Definition,
    FabricatedCode? Fabricated,
    IReadOnlyList<ErrorDefinition> OtherVenues)
{
    /// <summary>Whether the venue documents (or documented) the code.</summary>
    public bool IsKnown => Definition is not null;

    /// <summary>One sentence that explains the answer, for people.</summary>
    public string Explanation => Status switch
    {
        CodeLookupStatus.Defined => $"{Code} {Definition!.Name}: {Definition.Meaning}",
        CodeLookupStatus.Retired => $"{Code} {Definition!.Name} is retired on {BinanceVenueNames.Of(Venue)}: {Definition.Meaning}",
        CodeLookupStatus.NotABinanceCode =>
            $"{Code} is not a Binance code. {Fabricated!.Origin} The exchange reports this as {Fabricated.RealForm}.",
        _ => OtherVenues.Count == 0
            ? $"{Code} is not in the {BinanceVenueNames.Of(Venue)} catalog, nor on any other Binance venue."
            : $"{Code} is not in the {BinanceVenueNames.Of(Venue)} catalog; on {string.Join(", ", OtherVenues.Select(d => BinanceVenueNames.Of(d.Venue)))} it is {OtherVenues[0].Name}.",
    };
}
