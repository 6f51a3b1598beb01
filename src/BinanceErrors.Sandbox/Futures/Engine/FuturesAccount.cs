using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// A futures account on one venue: wallet balances per margin asset (USDT on USDⓈ-M; each coin on COIN-M), per-symbol
/// leverage and margin type, positions, and the position mode it shares with the account on the other futures venue.
/// Its margin is <see cref="FuturesMargin"/>'s arithmetic over these and the account's open orders, per margin asset.
/// Mutable under the engine's lock.
/// </summary>
internal sealed class FuturesAccount
{
    private readonly FuturesPositionModes _modes;
    private readonly Dictionary<(string Symbol, PositionSide Side), FuturesPosition> _positions = [];
    private readonly Dictionary<string, int> _leverage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _isolated = new(StringComparer.Ordinal);

    public FuturesAccount(string name, IReadOnlyDictionary<string, decimal> balances, int defaultLeverage, IEnumerable<string> marginAssets, FuturesPositionModes modes)
    {
        Name = name;
        _modes = modes;
        DefaultLeverage = defaultLeverage;
        foreach (var (asset, amount) in balances)
        {
            Balances[asset] = amount;
        }

        foreach (var asset in marginAssets)
        {
            Balances.TryAdd(asset, 0m);
        }
    }

    public string Name { get; }

    public int DefaultLeverage { get; }

    /// <summary>Wallet balances per asset; each symbol's margin asset margins its positions.</summary>
    public Dictionary<string, decimal> Balances { get; } = new(StringComparer.Ordinal);

    /// <summary>The wallet balance of a margin asset (0 when never funded).</summary>
    public decimal Wallet(string asset) => Balances.GetValueOrDefault(asset);

    /// <summary>Books realized profit or commission on a margin asset's wallet.</summary>
    public void Credit(string asset, decimal amount) => Balances[asset] = Wallet(asset) + amount;

    /// <summary>Hedge Mode (<c>dualSidePosition=true</c>) or One-way Mode, shared by the futures venues.</summary>
    public bool DualSidePosition => _modes.IsDual(Name);

    public long UpdateTime { get; set; }

    public IEnumerable<FuturesPosition> Positions => _positions.Values;

    public int Leverage(string symbol) => _leverage.TryGetValue(symbol, out var l) ? l : DefaultLeverage;

    public void SetLeverage(string symbol, int leverage) => _leverage[symbol] = leverage;

    public bool IsIsolated(string symbol) => _isolated.TryGetValue(symbol, out var isolated) && isolated;

    public void SetIsolated(string symbol, bool isolated) => _isolated[symbol] = isolated;

    /// <summary>The position for a symbol and side, created flat (of <paramref name="contract"/>) on first use.</summary>
    public FuturesPosition Position(string symbol, PositionSide side, FuturesContract contract)
    {
        if (!_positions.TryGetValue((symbol, side), out var position))
        {
            position = new FuturesPosition { Symbol = symbol, Side = side, Contract = contract };
            _positions[(symbol, side)] = position;
        }

        return position;
    }

    public bool HasPosition(string symbol) => _positions.Values.Any(p => p.Symbol == symbol && p.Amount != 0);

    /// <summary>The position sides a symbol shows in positionRisk: BOTH in One-way Mode, LONG and SHORT in Hedge Mode.</summary>
    public IEnumerable<PositionSide> Sides => DualSidePosition ? [PositionSide.Long, PositionSide.Short] : [PositionSide.Both];
}
