namespace BinanceErrors.Sandbox.Futures.Engine;

/// <summary>
/// What the futures engine reports as it happens, under its lock and in order: every order change (placement, fill,
/// amendment, cancel, expiry), every algo order change, and the account after each fill. The user data streams
/// render these as <c>ORDER_TRADE_UPDATE</c>, <c>ALGO_UPDATE</c> and <c>ACCOUNT_UPDATE</c>.
/// </summary>
internal interface IFuturesEvents
{
    /// <summary>An order changed: <paramref name="executionType"/> is NEW, TRADE (with this order's side of the fill), AMENDMENT, CANCELED or EXPIRED.</summary>
    void OrderChanged(FuturesOrder order, string executionType, FuturesTrade? trade, long now);

    /// <summary>An algo order changed to <paramref name="status"/>; <paramref name="rejectReason"/> says why the matching engine refused it (empty otherwise).</summary>
    void AlgoChanged(FuturesAlgoOrder algo, string status, string rejectReason, long now);

    /// <summary>A fill changed the account's wallet and <paramref name="position"/> (reason ORDER).</summary>
    void AccountChanged(FuturesAccount account, FuturesPosition position, long now);
}
