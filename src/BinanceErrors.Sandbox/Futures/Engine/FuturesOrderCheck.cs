using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>A venue's pre-flight of one order: what its exchange would answer before the account checks.</summary>
/// <param name="rules">The venue's compiled exchangeInfo.</param>
/// <param name="order">The order's parameters.</param>
/// <param name="context">Mark and best prices, position mode, open order counts, time.</param>
/// <returns>The outcome.</returns>
internal delegate FuturesOrderValidation FuturesOrderCheck(FuturesExchangeRules rules, in FuturesOrderRequest order, in FuturesMarketContext context);
