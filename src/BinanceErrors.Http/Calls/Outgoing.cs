namespace BinanceErrors.Http.Calls;

/// <summary>A request the core sends on its own (a time request, exchangeInfo, an order look-up), with its state.</summary>
/// <typeparam name="TRequest">What the transport sends.</typeparam>
/// <param name="Request">The request.</param>
/// <param name="State">Its resolved state.</param>
internal readonly record struct Outgoing<TRequest>(TRequest Request, CallState State);
