namespace BinanceErrors;

/// <summary>A number that third-party references present as a Binance error code although Binance never sends it.</summary>
/// <param name="Code">The invented number, e.g. -9002.</param>
/// <param name="ClaimedMeaning">What the reference claims it means.</param>
/// <param name="Filter">The filter the claim is about, when it is a filter failure.</param>
/// <param name="Origin">Where the number comes from.</param>
/// <param name="RealForm">How the exchange really reports that condition.</param>
public sealed record FabricatedCode(int Code, string ClaimedMeaning, FilterType? Filter, string Origin, string RealForm);
