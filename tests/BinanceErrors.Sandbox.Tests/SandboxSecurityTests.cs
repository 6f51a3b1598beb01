using System.Net.Http.Headers;
using System.Text;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>API keys, the three signature types, the signed payload, timestamps and recvWindow, as specified.</summary>
public sealed class SandboxSecurityTests
{
    private const string OrderQuery = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&price=29000&quantity=0.001";

    [Fact]
    public async Task DocumentedHmacExample_VerifiesToTheCharacter()
    {
        // rest-api.md: key, secret, payload and signature quoted verbatim; the sandbox clock is set to the example's time.
        const string apiKey = "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A";
        const string secret = "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j";
        var clock = new ManualTimeProvider(DateTimeOffset.FromUnixTimeMilliseconds(1499827319559));
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            TimeProvider = clock,
            ApiKeys = [new SandboxApiKey { ApiKey = apiKey, HmacSecret = secret }],
        });
        using var client = SandboxClient.Hmac(server, apiKey, secret);

        var query = await client.RawAsync(HttpMethod.Post,
            "/api/v3/order/test?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
            apiKey);
        // The signature passes; the example's symbol does not exist here.
        query.Code.ShouldBe(-1121);

        var mixed = await client.RawAsync(HttpMethod.Post,
            "/api/v3/order/test?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC",
            apiKey,
            new StringContent("quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77", Encoding.ASCII, "application/x-www-form-urlencoded"));
        mixed.Code.ShouldBe(-1121);

        var tampered = await client.RawAsync(HttpMethod.Post,
            "/api/v3/order/test?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=2&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71",
            apiKey);
        tampered.Code.ShouldBe(-1022);
        tampered.Msg.ShouldBe("Signature for this request is not valid.");

        var upperCase = await client.RawAsync(HttpMethod.Post,
            "/api/v3/order/test?symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559&signature=C8DB56825AE71D6D79447849E617115F4A920FA2ACDCAB2B053C4B2838BD6B71",
            apiKey);
        upperCase.Code.ShouldBe(-1121, "HMAC signatures are not case-sensitive");
    }

    [Fact]
    public async Task RsaAndEd25519Keys_SignAndVerify_AndAreCaseSensitive()
    {
        using var rsa = Keys.NewRsa();
        var ed = Keys.NewEd25519();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            ApiKeys =
            [
                new SandboxApiKey { ApiKey = "rsakey", RsaPublicKeyPem = Keys.PublicPem(rsa) },
                new SandboxApiKey { ApiKey = "edkey", Ed25519PublicKeyPem = ed.PublicPem },
            ],
        });
        using var rsaClient = SandboxClient.Rsa(server, "rsakey", rsa);
        using var edClient = SandboxClient.Ed25519(server, "edkey", ed.Private);

        foreach (var client in new[] { rsaClient, edClient })
        {
            var placed = await client.SignedAsync(HttpMethod.Post, "/api/v3/order", OrderQuery);
            placed.Status.ShouldBe(200, placed.Body);

            var query = OrderQuery + "&timestamp=" + client.Now;
            var signature = Uri.UnescapeDataString(client.Sign(query));
            // Flip the case of the first letter (base64 may start with a digit, '+' or '/').
            var at = signature.IndexOfAny("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".ToCharArray());
            var letter = signature[at];
            var flipped = signature[..at] + (char.IsUpper(letter) ? char.ToLowerInvariant(letter) : char.ToUpperInvariant(letter)) + signature[(at + 1)..];
            var wrongCase = await client.RawAsync(HttpMethod.Post, $"/api/v3/order?{query}&signature={Uri.EscapeDataString(flipped)}", client.ApiKey);
            wrongCase.Code.ShouldBe(-1022);
        }

        var mixedKeys = await rsaClient.SignedAsync(HttpMethod.Post, "/api/v3/order", OrderQuery, apiKey: "edkey");
        mixedKeys.Code.ShouldBe(-1022);
    }

    [Fact]
    public async Task SignatureOverTheUnencodedPayload_IsRejected_TheEncodedOneAccepted()
    {
        // rest-api.md: a non-ASCII symbol is percent-encoded before signing; signing the raw text gives -1022.
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);
        var timestamp = client.Now;
        var raw = $"symbol=１２３４５６&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp={timestamp}";
        var encoded = $"symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp={timestamp}";

        var unencoded = await client.RawAsync(HttpMethod.Post, $"/api/v3/order/test?{encoded}&signature={client.Sign(raw)}", client.ApiKey);
        unencoded.Code.ShouldBe(-1022);

        var proper = await client.RawAsync(HttpMethod.Post, $"/api/v3/order/test?{encoded}&signature={client.Sign(encoded)}", client.ApiKey);
        proper.Code.ShouldBe(-1100, "the signature passes; the symbol itself is not legal");
    }

    [Theory]
    [InlineData("", -2014, "API-key format invalid.")]
    [InlineData("bad key!", -2014, "API-key format invalid.")]
    [InlineData("unknownkey", -2015, "Invalid API-key, IP, or permissions for action.")]
    public async Task ApiKeyHeader_IsChecked(string apiKey, int code, string message)
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var response = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", "", apiKey: apiKey);

        response.Status.ShouldBe(401);
        response.Code.ShouldBe(code);
        response.Msg.ShouldBe(message);
    }

    [Fact]
    public async Task KeyWithoutTradePermission_CannotTrade_ButCanRead()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ApiKeys = [new SandboxApiKey { ApiKey = "readonly", HmacSecret = "s", CanTrade = false }] });
        using var client = SandboxClient.Hmac(server, "readonly", "s");

        (await client.SignedAsync(HttpMethod.Get, "/api/v3/account", "")).Status.ShouldBe(200);
        var order = await client.SignedAsync(HttpMethod.Post, "/api/v3/order", OrderQuery);
        order.Status.ShouldBe(401);
        order.Code.ShouldBe(-2015);
    }

    [Fact]
    public async Task Timestamps_BothMinus1021Variants_MicrosecondsAndRecvWindow()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock });
        using var client = SandboxClient.Hmac(server);
        var now = client.Now;

        var ahead = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now + 1000}", addTimestamp: false);
        ahead.Code.ShouldBe(-1021);
        ahead.Msg.ShouldBe("Timestamp for this request was 1000ms ahead of the server's time.");

        (await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now + 999}", addTimestamp: false)).Status.ShouldBe(200);

        var late = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now - 5001}", addTimestamp: false);
        late.Code.ShouldBe(-1021);
        late.Msg.ShouldBe("Timestamp for this request is outside of the recvWindow.");

        (await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now - 5000}", addTimestamp: false)).Status.ShouldBe(200, "serverTime - timestamp <= recvWindow is accepted");
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"recvWindow=60000&timestamp={now - 59000}", addTimestamp: false)).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"recvWindow=6000.346&timestamp={now - 6000}", addTimestamp: false)).Status.ShouldBe(200);
        (await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"timestamp={now * 1000}", addTimestamp: false)).Status.ShouldBe(200, "microsecond timestamps are accepted");

        var tooWide = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", $"recvWindow=60001&timestamp={now}", addTimestamp: false);
        tooWide.Code.ShouldBe(-1102);
        tooWide.Msg.ShouldBe("'recvWindow' contains unexpected value. Cannot be greater than 60000.");
    }

    [Fact]
    public async Task MissingTimestampOrSignature_AreMandatoryParameters()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var noTimestamp = await client.SignedAsync(HttpMethod.Get, "/api/v3/account", "", addTimestamp: false);
        noTimestamp.Code.ShouldBe(-1102);
        noTimestamp.Msg.ShouldBe("Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.");

        var noSignature = await client.RawAsync(HttpMethod.Get, $"/api/v3/account?timestamp={client.Now}", client.ApiKey);
        noSignature.Code.ShouldBe(-1102);
        noSignature.Msg.ShouldBe("Mandatory parameter 'signature' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task ParameterErrors_DuplicateUnknownEmpty()
    {
        await using var server = await SandboxServer.StartAsync();
        using var client = SandboxClient.Hmac(server);

        var duplicate = await client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT&symbol=ETHUSDT");
        duplicate.Code.ShouldBe(-1101);
        duplicate.Msg.ShouldBe("Too many parameters sent for this endpoint.");

        var unknown = await client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=BTCUSDT&colour=red");
        unknown.Code.ShouldBe(-1103);
        unknown.Msg.ShouldBe("An unknown parameter was sent.");

        var empty = await client.PublicAsync(HttpMethod.Get, "/api/v3/depth", "symbol=");
        empty.Code.ShouldBe(-1105);
        empty.Msg.ShouldBe("Parameter 'symbol' was empty.");

        var queryWins = await client.SignedWithBodyAsync(HttpMethod.Post, "/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC", "quantity=0.001&price=29000");
        queryWins.Status.ShouldBe(200, queryWins.Body);
        queryWins.Header("X-MBX-USED-WEIGHT-1M").ShouldNotBeNull();
        queryWins.ContentType.ShouldBe(MediaTypeHeaderValue.Parse("application/json;charset=UTF-8"));
    }
}
