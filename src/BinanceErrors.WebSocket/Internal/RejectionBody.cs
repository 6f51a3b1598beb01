using System.Text.Json.Serialization;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>The REST error body a user-data rejection is classified as.</summary>
/// <param name="Code">The code (-2010).</param>
/// <param name="Msg">The message.</param>
internal sealed record RejectionBody([property: JsonPropertyName("code")] int Code, [property: JsonPropertyName("msg")] string Msg);
