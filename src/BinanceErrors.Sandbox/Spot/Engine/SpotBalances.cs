namespace BinanceErrors.Sandbox.Spot.Engine;

/// <summary>
/// The Spot accounts: free and locked balance per asset, the locks orders hold while they work, and what a fill
/// moves between buyer and seller, commission included. The house account (the seeded liquidity) has no balances and
/// pays nothing. Mutable; only touched under the engine's lock.
/// </summary>
internal sealed class SpotBalances
{
    private readonly Dictionary<string, Dictionary<string, (decimal Free, decimal Locked)>> _accounts = new(StringComparer.Ordinal);
    private readonly decimal _commissionRate;

    public SpotBalances(decimal commissionRate)
    {
        _commissionRate = commissionRate;
    }

    public void Open(string account, IReadOnlyDictionary<string, decimal> balances) =>
        _accounts[account] = balances.ToDictionary(b => b.Key, b => (b.Value, 0m), StringComparer.Ordinal);

    public (decimal Free, decimal Locked) Balance(string account, string asset) =>
        _accounts.TryGetValue(account, out var balances) && balances.TryGetValue(asset, out var balance) ? balance : (0, 0);

    public IReadOnlyList<(string Asset, decimal Free, decimal Locked)> Balances(string account) =>
        _accounts.TryGetValue(account, out var balances)
            ? [.. balances.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => (b.Key, b.Value.Free, b.Value.Locked))]
            : [];

    /// <summary>A deposit (positive) or withdrawal (negative) of a free balance; false, changing nothing, when the free balance would go below zero.</summary>
    public bool TryTransfer(string account, string asset, decimal delta)
    {
        if (Balance(account, asset).Free + delta < 0)
        {
            return false;
        }

        Adjust(account, asset, delta, 0);
        return true;
    }

    /// <summary>Moves <paramref name="amount"/> of an asset from free to locked for a working order.</summary>
    public void Lock(EngineOrder order, string asset, decimal amount)
    {
        Adjust(order.Account, asset, -amount, amount);
        order.LockedAsset = asset;
        order.LockedAmount = amount;
    }

    /// <summary>Gives back what is still locked for an order that stopped working.</summary>
    public void Release(EngineOrder order)
    {
        if (order.LockedAsset is not null && order.LockedAmount > 0 && order.Account != MatchingEngine.HouseAccount)
        {
            Adjust(order.Account, order.LockedAsset, order.LockedAmount, -order.LockedAmount);
            order.LockedAmount = 0;
        }
    }

    /// <summary>
    /// Books one fill of <paramref name="qty"/> base for <paramref name="quote"/>: the buyer pays quote (from its lock
    /// when it has one, at its own limit, refunding the price improvement) and receives base less commission; the
    /// seller gives base (from its lock) and receives quote less commission. Returns the commissions (in base for the
    /// buyer, quote for the seller).
    /// </summary>
    public (decimal Buyer, decimal Seller) Settle(EngineOrder buyer, EngineOrder seller, decimal qty, decimal quote, string baseAsset, string quoteAsset)
    {
        var buyerCommission = buyer.Account == MatchingEngine.HouseAccount ? 0 : qty * _commissionRate;
        var sellerCommission = seller.Account == MatchingEngine.HouseAccount ? 0 : quote * _commissionRate;
        if (buyer.Account != MatchingEngine.HouseAccount)
        {
            if (buyer.LockedAsset is not null)
            {
                var lockedPart = buyer.Price * qty;
                Consume(buyer, lockedPart);
                Adjust(buyer.Account, quoteAsset, lockedPart - quote, 0);
            }
            else
            {
                Adjust(buyer.Account, quoteAsset, -quote, 0);
            }

            Adjust(buyer.Account, baseAsset, qty - buyerCommission, 0);
        }

        if (seller.Account != MatchingEngine.HouseAccount)
        {
            if (seller.LockedAsset is not null)
            {
                Consume(seller, qty);
            }
            else
            {
                Adjust(seller.Account, baseAsset, -qty, 0);
            }

            Adjust(seller.Account, quoteAsset, quote - sellerCommission, 0);
        }

        return (buyerCommission, sellerCommission);
    }

    private void Adjust(string account, string asset, decimal free, decimal locked)
    {
        if (!_accounts.TryGetValue(account, out var balances))
        {
            balances = new Dictionary<string, (decimal Free, decimal Locked)>(StringComparer.Ordinal);
            _accounts[account] = balances;
        }

        var current = balances.TryGetValue(asset, out var b) ? b : (0, 0);
        balances[asset] = (current.Item1 + free, current.Item2 + locked);
    }

    /// <summary>Spends part of an order's lock: the amount leaves the account's locked balance.</summary>
    private void Consume(EngineOrder order, decimal amount)
    {
        amount = Math.Min(amount, order.LockedAmount);
        Adjust(order.Account, order.LockedAsset!, 0, -amount);
        order.LockedAmount -= amount;
    }
}
