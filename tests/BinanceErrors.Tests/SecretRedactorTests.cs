using BinanceErrors.Internal;

namespace BinanceErrors.Tests;

/// <summary>
/// Secrets are masked before a message reaches an exception text or a log: signed query parameters, the API-key
/// header and long key-like tokens; nothing at all is an empty text.
/// </summary>
public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("Invalid symbol.", "Invalid symbol.")]
    [InlineData("symbol=BTCUSDT&timestamp=1&signature=3f1c9a&recvWindow=5000", "symbol=BTCUSDT&timestamp=1&signature=***&recvWindow=5000")]
    [InlineData("GET /api/v3/userDataStream?listenKey=pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1 200", "GET /api/v3/userDataStream?listenKey=*** 200")]
    [InlineData("X-MBX-APIKEY: vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A sent", "X-MBX-APIKEY: *** sent")]
    [InlineData("key vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A refused", "key *** refused")]
    public void Redact_MasksSecrets_AndKeepsTheRest(string? text, string expected)
    {
        SecretRedactor.Redact(text).ShouldBe(expected);
    }
}
