using System.Buffers;
using System.Text.Json;

namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>Renders JSON to UTF-8 once, for frames that go out as they are (WebSocket answers, user data events).</summary>
internal static class JsonFrames
{
    /// <summary>The JSON <paramref name="write"/> writes, as UTF-8 bytes.</summary>
    public static ReadOnlyMemory<byte> Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return buffer.WrittenMemory;
    }
}
