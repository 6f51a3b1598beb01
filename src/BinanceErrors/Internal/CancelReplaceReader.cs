using System.Text.Json;

namespace BinanceErrors.Internal;

/// <summary>Reads the <c>data</c> object of a Spot cancel-replace error into both halves' outcomes.</summary>
internal static class CancelReplaceReader
{
    public static CancelReplaceOutcome? Read(ReadOnlySpan<byte> data)
    {
        try
        {
            using var document = JsonDocument.Parse(data.ToArray());
            var root = document.RootElement;
            if (!root.TryGetProperty("cancelResult"u8, out _) && !root.TryGetProperty("newOrderResult"u8, out _))
            {
                return null;
            }

            return new CancelReplaceOutcome(
                Leg(root, "cancelResult"),
                Leg(root, "newOrderResult"),
                Raw(root, "cancelResponse"),
                Raw(root, "newOrderResponse"),
                NestedCode(root, "cancelResponse"),
                NestedCode(root, "newOrderResponse"));
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Invalid UTF-8 inside the data object: the halves are unknown, the error itself still classifies.
            return null;
        }
    }

    private static CancelReplaceLegResult Leg(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() switch
            {
                "SUCCESS" => CancelReplaceLegResult.Success,
                "FAILURE" => CancelReplaceLegResult.Failure,
                "NOT_ATTEMPTED" => CancelReplaceLegResult.NotAttempted,
                _ => CancelReplaceLegResult.Unknown,
            }
            : CancelReplaceLegResult.Unknown;

    private static string? Raw(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object ? value.GetRawText() : null;

    private static int? NestedCode(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            && value.TryGetProperty("code"u8, out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var n)
            ? n
            : null;
}
