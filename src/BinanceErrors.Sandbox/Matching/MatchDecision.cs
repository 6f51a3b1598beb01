namespace BinanceErrors.Sandbox.Matching;

/// <summary>A taker's answer to the best maker: fill a quantity, stop, or withdraw the maker.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Quantity">The quantity to fill; only for <see cref="MatchAction.Fill"/>.</param>
internal readonly record struct MatchDecision(MatchAction Action, decimal Quantity)
{
    public static MatchDecision Stop => new(MatchAction.Stop, 0m);

    public static MatchDecision Withdraw => new(MatchAction.Withdraw, 0m);

    /// <summary>Fills <paramref name="quantity"/>; zero or less stops, as nothing can trade.</summary>
    public static MatchDecision Fill(decimal quantity) => quantity > 0 ? new(MatchAction.Fill, quantity) : Stop;
}
