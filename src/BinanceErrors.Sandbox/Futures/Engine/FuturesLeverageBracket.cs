namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// One tier of a symbol's leverage brackets, as the leverageBracket endpoints report it: positions whose
/// notional (USDⓈ-M: USDT; COIN-M: coins, its <c>qtyFloor</c>/<c>qtyCap</c>) is from <see cref="NotionalFloor"/> to <see cref="NotionalCap"/> may use up to
/// <see cref="InitialLeverage"/>, and their maintenance margin is notional × <see cref="MaintMarginRatio"/> −
/// <see cref="Cum"/> (the "tax bracket" amount that keeps it continuous across tiers).
/// </summary>
internal sealed record FuturesLeverageBracket(int Bracket, int InitialLeverage, decimal NotionalFloor, decimal NotionalCap, decimal MaintMarginRatio, decimal Cum);
