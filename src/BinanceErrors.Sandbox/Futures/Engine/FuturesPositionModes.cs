using System.Collections.Concurrent;

namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// Each account's position mode (<c>dualSidePosition</c>), one setting for every futures venue the server plays: since
/// 2026-06-30 USDⓈ-M and COIN-M share it, so a change on <c>/fapi</c> or <c>/dapi</c> applies to both and is refused
/// while either venue has open orders (-4067) or positions (-4068) for the account. Reading is lock-free (an order
/// reads it under its own engine's lock); a change holds every engine's lock, taken in one order, so nothing is placed
/// on any venue between the check and the change.
/// </summary>
internal sealed class FuturesPositionModes
{
    private readonly ConcurrentDictionary<string, bool> _dual = new(StringComparer.Ordinal);
    private readonly List<FuturesEngine> _engines = [];
    private readonly object _change = new();

    /// <summary>Whether the account is in Hedge Mode.</summary>
    public bool IsDual(string account) => _dual.TryGetValue(account, out var dual) && dual;

    /// <summary>Adds an engine whose orders and positions hold the mode.</summary>
    public void Join(FuturesEngine engine)
    {
        lock (_change)
        {
            _engines.Add(engine);
        }
    }

    /// <summary>
    /// Switches Hedge Mode on or off for every venue: <paramref name="venue"/>'s -4059 when already so, -4067 with an
    /// open order on any venue, -4068 with a position on any venue (in the words of the venue asked; the numbers are the
    /// same on both venues).
    /// </summary>
    public void Change(string account, bool dual, FuturesEngine venue)
    {
        lock (_change)
        {
            if (IsDual(account) == dual)
            {
                throw venue.Messages.Reject(UsdMFuturesErrorCodes.NoNeedToChangePositionSide);
            }

            WithEveryEngineLocked(0, () =>
            {
                if (_engines.Any(e => e.HasOpenOrders(account)))
                {
                    throw venue.Messages.Reject(UsdMFuturesErrorCodes.PositionSideChangeExistsOpenOrders);
                }

                if (_engines.Any(e => e.HasPositions(account)))
                {
                    throw venue.Messages.Reject(UsdMFuturesErrorCodes.PositionSideChangeExistsQuantity);
                }

                _dual[account] = dual;
            });
        }
    }

    private void WithEveryEngineLocked(int index, Action action)
    {
        if (index == _engines.Count)
        {
            action();
            return;
        }

        lock (_engines[index].Gate)
        {
            WithEveryEngineLocked(index + 1, action);
        }
    }
}
