namespace BinanceErrors;

/// <summary>A <c>Filter failure: X</c> message (code -1013 on Spot and Binance.US) with the filter it names.</summary>
/// <param name="Template">The exact text.</param>
/// <param name="Filter">The filter type named by the text.</param>
/// <param name="Meaning">Which rule of the filter was broken, in our words.</param>
public sealed record FilterFailureMessage(MessageTemplate Template, FilterType Filter, string Meaning);
