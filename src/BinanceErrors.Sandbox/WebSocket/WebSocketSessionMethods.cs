using System.Text.Json;
using BinanceErrors.Sandbox.Pipeline;

namespace BinanceErrors.Sandbox.WebSocket;

/// <summary>
/// <c>session.logon</c>, <c>session.status</c> and <c>session.logout</c>: a connection authenticated once with an
/// Ed25519 key, after which its requests omit <c>apiKey</c> and <c>signature</c> (but still send <c>timestamp</c>).
/// They run through the pipeline like every method (weight, faults, the logon's signature).
/// </summary>
internal static class WebSocketSessionMethods
{
    public const string Logon = "session.logon";

    public static void Register(VenueApi venue, ApiKeyRing keys)
    {
        venue.Serve(Method(venue, Logon, signed: true, call =>
        {
            // Only Ed25519 keys may log a session on; any other key is refused as lacking the permission.
            if (!keys.TryFind(call.Account, out var key, out _) || key.Ed25519PublicKeyPem is null)
            {
                throw new SandboxRejection(401, BinanceErrorCodes.RejectedMbxKey, venue.Messages.Text(BinanceErrorCodes.RejectedMbxKey));
            }

            var connection = call.Connection!;
            connection.SessionKey = call.Account;
            connection.AuthorizedSince = call.Now;
            return Status(venue, connection, call.Now);
        }));
        venue.Serve(Method(venue, "session.status", signed: false, call => Status(venue, call.Connection!, call.Now)));
        venue.Serve(Method(venue, "session.logout", signed: false, call =>
        {
            var connection = (WebSocketConnection)call.Connection!;
            connection.EndSession(venue, call.Now);
            connection.SessionKey = null;
            connection.AuthorizedSince = null;
            return Status(venue, connection, call.Now);
        }));
    }

    private static Endpoint Method(VenueApi venue, string name, bool signed, Func<OperationCall, OperationResult> handler) =>
        new(Endpoint.WebSocket, name, signed, Trade: false, _ => venue.WebSocketSessionWeight, [], handler, FreeOnSuccess: false);

    /// <summary>The session as the exchange reports it after each of the three methods.</summary>
    private static OperationResult Status(VenueApi venue, IClientConnection connection, long now)
    {
        bool? userDataStream = venue.UserDataSubscriptions ? connection.UserDataStream : null;
        var apiKey = connection.SessionKey;
        var authorizedSince = connection.AuthorizedSince;
        var returnRateLimits = connection.ReturnRateLimits;
        var connectedSince = connection.ConnectedSince;
        return OperationResult.Json(json =>
        {
            json.WriteStartObject();
            WriteNullable(json, "apiKey", apiKey);
            if (authorizedSince is { } since)
            {
                json.WriteNumber("authorizedSince", since);
            }
            else
            {
                json.WriteNull("authorizedSince");
            }

            json.WriteNumber("connectedSince", connectedSince);
            json.WriteBoolean("returnRateLimits", returnRateLimits);
            json.WriteNumber("serverTime", now);
            if (userDataStream is { } subscribed)
            {
                json.WriteBoolean("userDataStream", subscribed);
            }

            json.WriteEndObject();
        });
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
