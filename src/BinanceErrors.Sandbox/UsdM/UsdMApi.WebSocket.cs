namespace BinanceErrors.Sandbox.UsdM;

/// <summary>
/// The USDⓈ-M WebSocket API (<c>/ws-fapi/v1</c>): each method is the <c>/fapi</c> operation it mirrors, with the
/// same weight, signing, parameters and answer (ws-fapi limits are REST's and shared with it).
/// </summary>
internal sealed partial class UsdMApi
{
    public override string? WebSocketPath => "/ws-fapi/v1";

    // The ws-fapi handshake costs 5; its session methods 1 (the client's table charges the same).
    public override int WebSocketConnectWeight => 5;

    public override int WebSocketSessionWeight => 1;

    private void RegisterWebSocket()
    {
        AddWebSocket("ping", "GET", "/fapi/v1/ping");
        AddWebSocket("time", "GET", "/fapi/v1/time");
        AddWebSocket("exchangeInfo", "GET", "/fapi/v1/exchangeInfo");
        AddWebSocket("depth", "GET", "/fapi/v1/depth");
        AddWebSocket("ticker.price", "GET", "/fapi/v1/ticker/price");
        AddWebSocket("ticker.book", "GET", "/fapi/v1/ticker/bookTicker");
        AddWebSocket("order.place", "POST", "/fapi/v1/order");
        AddWebSocket("order.status", "GET", "/fapi/v1/order");
        AddWebSocket("order.cancel", "DELETE", "/fapi/v1/order");
        AddWebSocket("order.modify", "PUT", "/fapi/v1/order");
        AddWebSocket("algoOrder.place", "POST", "/fapi/v1/algoOrder");
        AddWebSocket("algoOrder.cancel", "DELETE", "/fapi/v1/algoOrder");
        AddWebSocket("account.status", "GET", "/fapi/v2/account");
        AddWebSocket("v2/account.status", "GET", "/fapi/v2/account");
        AddWebSocket("account.balance", "GET", "/fapi/v2/balance");
        AddWebSocket("v2/account.balance", "GET", "/fapi/v2/balance");
        AddWebSocket("account.position", "GET", "/fapi/v2/positionRisk");
        AddWebSocket("v2/account.position", "GET", "/fapi/v2/positionRisk");
        AddWebSocket("userDataStream.start", "POST", "/fapi/v1/listenKey");
        AddWebSocket("userDataStream.ping", "PUT", "/fapi/v1/listenKey");
        AddWebSocket("userDataStream.stop", "DELETE", "/fapi/v1/listenKey");
    }
}
