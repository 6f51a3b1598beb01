using BinanceErrors.Preflight.Futures;

namespace BinanceErrors.Sandbox.UsdM.Engine;

/// <summary>
/// A USDⓈ-M account: USDT wallet balance, per-symbol leverage and margin type, the position mode, and positions.
/// Its margin is <see cref="FuturesMargin"/>'s arithmetic over these and the account's open orders. Mutable under the
/// engine's lock.
/// </summary>
internal sealed class FuturesAccount
{
    public const string MarginAsset = "USDT";

    private readonly Dictionary<(string Symbol, PositionSide Side), FuturesPosition> _positions = [];
    private readonly Dictionary<string, int> _leverage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _isolated = new(StringComparer.Ordinal);

    public FuturesAccount(string name, IReadOnlyDictionary<string, decimal> balances, int defaultLeverage)
    {
        Name = name;
        DefaultLeverage = defaultLeverage;
        foreach (var (asset, amount) in balances)
        {
            Balances[asset] = amount;
        }

        Balances.TryAdd(MarginAsset, 0m);
    }

    public string Name { get; }

    public int DefaultLeverage { get; }

    /// <summary>Wallet balances per asset; only USDT margins positions here.</summary>
    public Dictionary<string, decimal> Balances { get; } = new(StringComparer.Ordinal);

    public decimal WalletBalance
    {
        get => Balances[MarginAsset];
        set => Balances[MarginAsset] = value;
    }

    /// <summary>Hedge Mode (<c>dualSidePosition=true</c>) or One-way Mode.</summary>
    public bool DualSidePosition { get; set; }

    public long UpdateTime { get; set; }

    public IEnumerable<FuturesPosition> Positions => _positions.Values;

    public int Leverage(string symbol) => _leverage.TryGetValue(symbol, out var l) ? l : DefaultLeverage;

    public void SetLeverage(string symbol, int leverage) => _leverage[symbol] = leverage;

    public bool IsIsolated(string symbol) => _isolated.TryGetValue(symbol, out var isolated) && isolated;

    public void SetIsolated(string symbol, bool isolated) => _isolated[symbol] = isolated;

    /// <summary>The position for a symbol and side, created flat on first use.</summary>
    public FuturesPosition Position(string symbol, PositionSide side)
    {
        if (!_positions.TryGetValue((symbol, side), out var position))
        {
            position = new FuturesPosition { Symbol = symbol, Side = side };
            _positions[(symbol, side)] = position;
        }

        return position;
    }

    public bool HasPosition(string symbol) => _positions.Values.Any(p => p.Symbol == symbol && p.Amount != 0);

    /// <summary>The position sides a symbol shows in positionRisk: BOTH in One-way Mode, LONG and SHORT in Hedge Mode.</summary>
    public IEnumerable<PositionSide> Sides => DualSidePosition ? [PositionSide.Long, PositionSide.Short] : [PositionSide.Both];
}
