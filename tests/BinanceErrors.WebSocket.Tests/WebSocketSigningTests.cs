using System.Security.Cryptography;
using System.Text;
using BinanceErrors.Http;
using BinanceErrors.WebSocket.Internal;

namespace BinanceErrors.WebSocket.Tests;

public class WebSocketSigningTests
{
    // "SIGNED request example (HMAC)" in web-socket-api.md (binance/binance-spot-api-docs a5e0bc3): the parameters,
    // the payload and the signature the documentation prints.
    [Theory]
    [InlineData("BTCUSDT", "SELL", "0.01000000", "52000.00", "100",
        "apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=52000.00&quantity=0.01000000&recvWindow=100&side=SELL&symbol=BTCUSDT&timeInForce=GTC&timestamp=1645423376532&type=LIMIT",
        "aa1b5712c094bc4e57c05a1a5c1fd8d88dcd628338ea863fec7b88e59fe2db24")]
    [InlineData("１２３４５６", "BUY", "1.00000000", "0.10000000", "5000",
        "apiKey=vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A&price=0.10000000&quantity=1.00000000&recvWindow=5000&side=BUY&symbol=１２３４５６&timeInForce=GTC&timestamp=1645423376532&type=LIMIT",
        "b33892ae8e687c939f4468c6268ddd4c40ac1af18ad19a064864c47bae0752cd")]
    public void HmacPayloadAndSignature_AreTheDocumentedOnes(string symbol, string side, string quantity, string price, string recvWindow, string payload, string signature)
    {
        // In the documentation's order; a stale timestamp, key and signature from the caller are replaced by the sign step's.
        List<KeyValuePair<string, string>> parameters =
        [
            new("symbol", symbol), new("side", side), new("type", "LIMIT"), new("timeInForce", "GTC"), new("quantity", quantity),
            new("price", price), new("recvWindow", recvWindow), new("timestamp", "1"), new("apiKey", "stale"), new("signature", "stale"),
        ];
        var request = new WebSocketRequest("order.place", parameters);
        request.Prepare(DocFrames.ApiKey, recvWindowMs: null, timestampMs: 1645423376532);

        WebSocketRequestSigner.Payload(request).ShouldBe(payload);
        var credentials = BinanceCredentials.Hmac(DocFrames.ApiKey, DocFrames.SecretKey);
        WebSocketRequestSigner.Signature(credentials, payload).ShouldBe(signature);
        WebSocketRequestSigner.Sign(request, credentials);
        request.SignatureText.ToString().ShouldBe(signature, "signed into the request's own room, without a string");

        // The frame carries the sorted parameters, numbers as numbers, and the signature last.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, WebSocketFrames.WriterOptions))
        {
            WebSocketFrames.WriteRequest(writer, "1-7", request);
        }

        using var frame = System.Text.Json.JsonDocument.Parse(buffer.WrittenMemory);
        frame.RootElement.GetProperty("id").GetString().ShouldBe("1-7");
        var sent = frame.RootElement.GetProperty("params").EnumerateObject().ToList();
        sent.Select(p => p.Name).ShouldBe(["apiKey", "price", "quantity", "recvWindow", "side", "symbol", "timeInForce", "timestamp", "type", "signature"]);
        sent.Single(p => p.Name == "timestamp").Value.GetInt64().ShouldBe(1645423376532);
        sent.Single(p => p.Name == "recvWindow").Value.GetInt32().ShouldBe(int.Parse(recvWindow, System.Globalization.CultureInfo.InvariantCulture));
        sent.Single(p => p.Name == "symbol").Value.GetString().ShouldBe(symbol);
        sent.Single(p => p.Name == "signature").Value.GetString().ShouldBe(signature);
    }

    [Fact]
    public void ASessionRequest_CarriesNoKeyOrSignature_AndAddsRecvWindowWhenTheCallerGaveNone()
    {
        var request = new WebSocketRequest("account.status", [new("omitZeroBalances", "true")]);
        request.Prepare(apiKey: null, recvWindowMs: 5000, timestampMs: 1700000000000);

        WebSocketRequestSigner.Payload(request).ShouldBe("omitZeroBalances=true&recvWindow=5000&timestamp=1700000000000");
        request.SignatureText.IsEmpty.ShouldBeTrue();

        request.Unsigned();
        WebSocketRequestSigner.Payload(request).ShouldBe("omitZeroBalances=true", "unsigned: as given, nothing added");
    }

    [Fact]
    public void Ed25519AndRsaSignatures_AreBase64OverTheUnencodedPayload_AndVerify()
    {
        // Characters that percent-encoding would change: the WebSocket API signs them as they are.
        const string payload = "apiKey=k&newClientOrderId=a+b/c=d&symbol=１２３４５６&timestamp=1";
        var generator = new Org.BouncyCastle.Crypto.Generators.Ed25519KeyPairGenerator();
        generator.Init(new Org.BouncyCastle.Crypto.Parameters.Ed25519KeyGenerationParameters(new Org.BouncyCastle.Security.SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var pem = new string(PemEncoding.Write("PRIVATE KEY", Org.BouncyCastle.Pkcs.PrivateKeyInfoFactory.CreatePrivateKeyInfo(pair.Private).GetDerEncoded()));

        var ed = WebSocketRequestSigner.Signature(BinanceCredentials.Ed25519("k", pem), payload);
        var verifier = new Org.BouncyCastle.Crypto.Signers.Ed25519Signer();
        verifier.Init(false, pair.Public);
        var message = Encoding.UTF8.GetBytes(payload);
        verifier.BlockUpdate(message, 0, message.Length);
        verifier.VerifySignature(Convert.FromBase64String(ed)).ShouldBeTrue();
        ed.ShouldNotContain('%');

        using var rsa = RSA.Create(2048);
        var signature = WebSocketRequestSigner.Signature(BinanceCredentials.Rsa("k", rsa.ExportPkcs8PrivateKeyPem()), payload);
        rsa.VerifyData(message, Convert.FromBase64String(signature), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1).ShouldBeTrue();
        signature.ShouldNotContain('%');
    }

    [Fact]
    public void ConnectionAdmission_CountsInASlidingWindow()
    {
        var admission = new ConnectionAdmission(2, 300_000);
        admission.TryAdmit(1_000, out _).ShouldBeTrue();
        admission.TryAdmit(2_000, out _).ShouldBeTrue();
        admission.TryAdmit(3_000, out var wait).ShouldBeFalse();
        wait.ShouldBe(298_000);
        admission.TryAdmit(300_999, out wait).ShouldBeFalse();
        wait.ShouldBe(1);
        admission.TryAdmit(301_000, out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("wss://ws-api.binance.com:443/ws-api/v3", "api.binance.com")]
    [InlineData("wss://ws-api.binance.com:9443/ws-api/v3", "api.binance.com")]
    [InlineData("wss://ws-api.testnet.binance.vision/ws-api/v3", "testnet.binance.vision")]
    [InlineData("wss://ws-fapi.binance.com/ws-fapi/v1", "fapi.binance.com")]
    [InlineData("wss://ws-api.binance.us:443/ws-api/v3", "api.binance.us")]
    [InlineData("ws://127.0.0.1:5123/ws-api/v3", "127.0.0.1:5123")]
    public void LimitAuthority_IsTheRestHostOfTheSameIpPool(string endpoint, string authority) =>
        WebSocketMethods.LimitAuthority(new Uri(endpoint)).ShouldBe(authority);
}
