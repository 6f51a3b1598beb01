using System.Globalization;
using BinanceErrors.Sandbox.Pipeline;
using Endpoint = BinanceErrors.Sandbox.Pipeline.Endpoint;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// Spot user data over the WebSocket API (since 2026-02-20 the only way): <c>userDataStream.subscribe</c> (the
/// logged-on session's account), <c>userDataStream.subscribe.signature</c> (any key, signed),
/// <c>userDataStream.unsubscribe</c> and <c>session.subscriptions</c>. One subscription per account per connection
/// (-2035), at most 65,535 over a connection's life (-2042); events arrive as <c>{"subscriptionId", "event"}</c>.
/// </summary>
internal static class WebSocketUserDataMethods
{
    public const string SubscribeSignature = "userDataStream.subscribe.signature";

    public static void Register(VenueApi venue)
    {
        var messages = venue.Messages;
        venue.Serve(Method(venue, "userDataStream.subscribe", signed: false, [], call =>
        {
            var connection = Connection(call);
            var account = connection.SessionKey ?? throw new SandboxRejection(401, BinanceErrorCodes.Unauthorized, messages.Text(BinanceErrorCodes.Unauthorized));
            return Subscribed(connection.Subscribe(venue, account, session: true, call.Now));
        }));
        venue.Serve(Method(venue, SubscribeSignature, signed: true, [], call => Subscribed(Connection(call).Subscribe(venue, call.Account, session: false, call.Now))));
        venue.Serve(Method(venue, "userDataStream.unsubscribe", signed: false, ["subscriptionId"], call =>
        {
            int? id = null;
            if (call["subscriptionId"] is { } text)
            {
                id = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                    ? parsed
                    : throw messages.Reject(BinanceErrorCodes.IllegalChars, "subscriptionId", "^[0-9]{1,5}$");
            }

            Connection(call).Unsubscribe(venue, id, call.Now);
            return OperationResult.Empty();
        }));
        venue.Serve(Method(venue, "session.subscriptions", signed: false, [], call =>
        {
            var ids = Connection(call).SubscriptionIds();
            return OperationResult.Json(json =>
            {
                json.WriteStartArray();
                foreach (var id in ids)
                {
                    json.WriteStartObject();
                    json.WriteNumber("subscriptionId", id);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            });
        }));
    }

    private static OperationResult Subscribed(int id) => OperationResult.Json(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("subscriptionId", id);
        json.WriteEndObject();
    });

    private static WebSocketConnection Connection(OperationCall call) => (WebSocketConnection)call.Connection!;

    private static Endpoint Method(VenueApi venue, string name, bool signed, string[] parameters, Func<OperationCall, OperationResult> handler) =>
        new(Endpoint.WebSocket, name, signed, Trade: false, _ => venue.WebSocketSessionWeight, parameters, handler, FreeOnSuccess: false);
}
