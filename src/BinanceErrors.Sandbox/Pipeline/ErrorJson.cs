using System.Text.Json;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>The exchange's error object, <c>{"code": -1121, "msg": "Invalid symbol."}</c> with an optional <c>data</c>.</summary>
internal static class ErrorJson
{
    public static void Write(Utf8JsonWriter json, int code, string message, string? dataJson = null)
    {
        json.WriteStartObject();
        json.WriteNumber("code", code);
        json.WriteString("msg", message);
        if (dataJson is not null)
        {
            json.WritePropertyName("data");
            json.WriteRawValue(dataJson);
        }

        json.WriteEndObject();
    }
}
