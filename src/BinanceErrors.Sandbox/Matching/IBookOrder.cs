using BinanceErrors.Preflight;

namespace BinanceErrors.Sandbox.Matching;

/// <summary>
/// What <see cref="PriceTimeBook{TOrder}"/> needs of a resting order, whichever venue it belongs to: who owns it, its
/// side and limit price, what is left of it, and how an execution adds to its totals.
/// </summary>
internal interface IBookOrder
{
    string Account { get; }

    BinanceOrderSide Side { get; }

    decimal Price { get; }

    decimal Remaining { get; }

    /// <summary>Adds an execution of <paramref name="qty"/> at <paramref name="price"/> to the order's executed and quote totals.</summary>
    void Execute(decimal qty, decimal price);
}
