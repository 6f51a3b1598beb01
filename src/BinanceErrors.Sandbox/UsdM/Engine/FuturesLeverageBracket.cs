namespace BinanceErrors.Sandbox.UsdM.Engine;

/// <summary>
/// One tier of a symbol's leverage brackets, as <c>GET /fapi/v1/leverageBracket</c> reports it: positions whose
/// notional is from <see cref="NotionalFloor"/> to <see cref="NotionalCap"/> may use up to
/// <see cref="InitialLeverage"/>, and their maintenance margin is notional × <see cref="MaintMarginRatio"/> −
/// <see cref="Cum"/> (the "tax bracket" amount that keeps it continuous across tiers).
/// </summary>
internal sealed record FuturesLeverageBracket(int Bracket, int InitialLeverage, decimal NotionalFloor, decimal NotionalCap, decimal MaintMarginRatio, decimal Cum);
