using System.Text.Json.Serialization;

namespace BinanceErrors.WebSocket.Internal;

/// <summary>Source-generated serialization of the bodies user-data rejections are classified as.</summary>
[JsonSerializable(typeof(RejectionBody))]
internal sealed partial class UserDataJsonContext : JsonSerializerContext
{
}
