using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using BinanceErrors.Sandbox.Tests.Fixtures;

namespace BinanceErrors.Sandbox.Tests;

/// <summary>
/// A seeded, bounded WebSocket frame fuzzer against <c>/ws-api/v3</c> and <c>/ws-fapi/v1</c>: invalid JSON, invalid
/// UTF-8, wrong types for id/method/params, missing and duplicate ids, unknown methods, huge and deeply nested params,
/// binary and oversized frames, floods, a reader that never reads, and random byte mutations of valid requests.
/// Whatever arrives, the server keeps serving (a fresh connection answers <c>ping</c> after every batch), logs no
/// unhandled exception, answers every error with a catalog error of the venue (code and message), closes only with a
/// documented code and reason, and ends with no connection and no queued frame left. A failure names the venue, seed,
/// batch and frame; the seed re-runs alone with <c>--filter "DisplayName~seed: N"</c>, and further seeds run with
/// <c>BINANCE_WS_FUZZ_SEEDS=spot:1,usdm:2</c>.
/// </summary>
public sealed class WebSocketFrameFuzzTests
{
    private const int Batches = 6;
    private const int FramesPerBatch = 40;
    private const int MaxFrameBytes = 64 * 1024;

    // Per venue and seed; the bound that keeps the run a few seconds even on a loaded machine.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(6);

    /// <summary>The closes the WebSocket API front may send, with their reasons.</summary>
    private static readonly Dictionary<WebSocketCloseStatus, string> DocumentedCloses = new()
    {
        [WebSocketCloseStatus.InvalidMessageType] = "Requests are JSON text frames.",
        [WebSocketCloseStatus.MessageTooBig] = $"A frame may hold at most {MaxFrameBytes} bytes.",
    };

    private static readonly string[] InvalidJson =
    [
        "{not json", "[", "]", "\"just a string\"", "123", "null", "true", "{}", "[]", "{\"id\":1,\"method\":\"ping\"", "{\"id\":1,\"method\":\"ping\"}x",
        "{\"id\":1,,\"method\":\"ping\"}", "{'id':1,'method':'ping'}", "{\"id\":1 \"method\":\"ping\"}", " ", "\u0000", "{\"id\":NaN,\"method\":\"ping\"}",
        "{\"id\":1,\"method\":\"ping\",\"params\":{\"a\":}}", "{\"id\":1e999999,\"method\":\"ping\"}", "\uFEFF{\"id\":1,\"method\":\"ping\"}", "/* c */{\"id\":1,\"method\":\"ping\"}",
    ];

    private static readonly string[] OddIds =
    [
        "{}", "[]", "[1,2]", "true", "false", "null", "1.5", "-0", "1e3", "99999999999999999999999999999", "\"\"", "\"é🙂\"", "\"" + new string('i', 300) + "\"",
        "{\"nested\":{\"id\":1}}", "-9223372036854775809",
    ];

    private static readonly string[] OddMethods =
    [
        "1", "null", "true", "{}", "[\"ping\"]", "\"\"", "\" ping\"", "\"PING\"", "\"ping \"", "\"order.teleport\"", "\"v3/ping\"", "\"v9/order.place\"",
        "\"order.place.\"", "\"../ping\"", "\"ping\\u0000\"", "\"" + new string('m', 2000) + "\"", "\"session.logon\"", "\"userDataStream.start\"",
    ];

    private static readonly string[] OddParams = ["[]", "[1,2]", "\"text\"", "1", "true", "null", "{\"symbol\":null}", "{\"symbol\":[\"BTCUSDT\"]}", "{\"symbol\":{\"a\":1}}", "{\"\":\"\"}"];

    public static TheoryData<SandboxVenue, int> Seeds()
    {
        var seeds = new TheoryData<SandboxVenue, int> { { SandboxVenue.Spot, 20261206 }, { SandboxVenue.UsdM, 20261207 } };
        foreach (var extra in (Environment.GetEnvironmentVariable("BINANCE_WS_FUZZ_SEEDS") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = extra.Split(':');
            seeds.Add(parts[0].Equals("usdm", StringComparison.OrdinalIgnoreCase) ? SandboxVenue.UsdM : SandboxVenue.Spot, int.Parse(parts[^1], CultureInfo.InvariantCulture));
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task HostileFrames_NeverCrashTheServer_EveryErrorIsACatalogError_AndEveryCloseIsDocumented(SandboxVenue venue, int seed)
    {
        using var logs = new CapturedLogs();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            Venue = venue,
            RateLimits = SandboxLimitTests.Limits(weightPerMinute: 100_000_000, ordersPer10Seconds: 1_000_000),
            WebSocketConnectionAttempts = 100_000,
            LoggerFactory = logs.Factory,
        });
        var run = new FuzzRun(server, venue, seed);
        try
        {
            await run.SlowReaderIsDroppedAsync();
            var budget = Stopwatch.StartNew();
            for (var batch = 0; batch < Batches && budget.Elapsed < Budget; batch++)
            {
                await run.BatchAsync(batch);

                // The server still serves: a fresh connection answers ping.
                run.Where = $"batch {batch}: ping on a fresh connection";
                await using var fresh = await WsApiClient.ConnectAsync(server, path: run.Path);
                (await fresh.CallAsync("ping")).GetProperty("status").GetInt32().ShouldBe(200);
            }

            run.Where = "the end: connections and send queues released";
            await EventuallyAsync(() => server.WebSocketConnections == 0, "every connection ended");
            using var admin = new HttpClient { BaseAddress = server.BaseAddress };
            await EventuallyAsync(() => QueuedFramesAsync(admin), "every send queue was released");
            logs.Entries.ShouldBeEmpty("the host logged no unhandled exception or connection error");
            server.ResponseCount(500).ShouldBe(0);
        }
        catch (Exception ex) when (ex is not FuzzFailure)
        {
            var logged = logs.Entries.Count == 0 ? string.Empty : "\nThe sandbox logged:\n" + string.Join('\n', logs.Entries.Take(5));
            throw new FuzzFailure($"{venue} seed {seed}, {run.Where}: {ex.Message}{logged}\nRe-run this seed alone: dotnet test tests/BinanceErrors.Sandbox.Tests --filter \"FullyQualifiedName~WebSocketFrameFuzzTests&DisplayName~seed: {seed}\"", ex);
        }
    }

    private static async Task<bool> QueuedFramesAsync(HttpClient admin)
    {
        using var state = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/sandbox/ws", UriKind.Relative)));
        return state.RootElement.GetProperty("queuedFrames").GetInt64() == 0;
    }

    private static Task EventuallyAsync(Func<bool> condition, string what) => EventuallyAsync(() => Task.FromResult(condition()), what);

    /// <summary>Waits for a condition the server reaches on its own (a connection's clean-up after its close handshake).</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(15))
            {
                throw new TimeoutException($"Not reached within 15 s: {what}.");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>A fuzz failure with its seed and frame, so it is not wrapped twice.</summary>
    private sealed class FuzzFailure(string message, Exception inner) : Exception(message, inner);

    /// <summary>
    /// What a frame should get: answers (how many), the connection closed with a code, or dropped. A text frame that is
    /// not UTF-8 never reaches the API: .NET's WebSocket runtime fails the receive (RFC 6455 7.4.1, 1007) and ends the
    /// connection at once, so the client sees it dropped.
    /// </summary>
    private readonly record struct Expectation(int Answers, WebSocketCloseStatus? Close, bool Dropped = false)
    {
        public static Expectation Answer(int count = 1) => new(count, null);

        public static Expectation Closed(WebSocketCloseStatus status) => new(0, status);

        public static Expectation Drop() => new(0, null, Dropped: true);
    }

    private sealed class FuzzRun(SandboxServer server, SandboxVenue venue, int seed)
    {
        private readonly BinanceVenue _venue = venue == SandboxVenue.UsdM ? BinanceVenue.UsdMFutures : BinanceVenue.Spot;
        private int _ids;

        public string Path { get; } = venue == SandboxVenue.UsdM ? "/ws-fapi/v1" : "/ws-api/v3";

        public string Where { get; set; } = "start";

        /// <summary>One batch: a connection that gets <see cref="FramesPerBatch"/> hostile frames, reconnecting after each close.</summary>
        public async Task BatchAsync(int batch)
        {
            var random = new Random(HashCode.Combine(seed, batch));
            var ws = await WsApiClient.ConnectAsync(server, path: Path);
            try
            {
                for (var frame = 0; frame < FramesPerBatch; frame++)
                {
                    var kind = random.Next(12);
                    var (described, bytes, type, expectation) = Frame(random, kind, ws);
                    Where = $"batch {batch} frame {frame}: {described}";
                    if (kind == 9)
                    {
                        await FloodAsync(ws, random);
                        continue;
                    }

                    await ws.SendAsync(bytes, type);
                    if (kind == 10)
                    {
                        // The same id again at once: both requests are answered, each with that id.
                        await ws.SendAsync(bytes, type);
                    }

                    if (expectation.Close is not null || expectation.Dropped)
                    {
                        await ShouldEndAsync(ws, expectation);
                        await ws.DisposeAsync();
                        ws = await WsApiClient.ConnectAsync(server, path: Path);
                        continue;
                    }

                    for (var answer = 0; answer < expectation.Answers; answer++)
                    {
                        var received = await NextAnswerAsync(ws);
                        if (kind == 10)
                        {
                            received.GetProperty("id").GetString().ShouldStartWith("dup-");
                        }
                    }
                }
            }
            finally
            {
                await ws.DisposeAsync();
            }
        }

        /// <summary>A client that sends and never reads is dropped once its send queue is full; the server keeps serving.</summary>
        public async Task SlowReaderIsDroppedAsync()
        {
            Where = "a slow reader: exchangeInfo requests, never reading";
            var before = server.WebSocketConnections;
            var ws = await WsApiClient.ConnectAsync(server, path: Path);
            await using (ws)
            {
                var sent = 0;
                var dropped = false;
                var request = Encoding.UTF8.GetBytes("""{"id":"slow","method":"exchangeInfo"}""");

                // Answers of ~15 KB each: the queue (1,024 frames) and the socket buffers fill within a few thousand.
                while (sent < 20_000 && !dropped)
                {
                    try
                    {
                        await ws.SendAsync(request, WebSocketMessageType.Text);
                        sent++;
                    }
                    catch (WebSocketException)
                    {
                        dropped = true;
                    }
                    catch (OperationCanceledException)
                    {
                        // The server stopped reading our requests: it has dropped the connection.
                        dropped = true;
                    }

                    if (sent % 256 == 0 && server.WebSocketConnections == before)
                    {
                        dropped = true;
                    }
                }

                await EventuallyAsync(() => server.WebSocketConnections == before, "the slow reader's connection was dropped");

                // What was already on the wire can still be read; then the connection ends without a close frame.
                var answers = 0;
                try
                {
                    while (await ws.ReceiveAsync() is { } answer)
                    {
                        answer.GetProperty("status").GetInt32().ShouldBe(200);
                        answers++;
                    }

                    throw new ShouldAssertException($"The slow reader got a close frame ({ws.CloseStatus} {ws.CloseStatusDescription}) instead of being dropped.");
                }
                catch (WebSocketException)
                {
                    // Dropped: no close handshake.
                }

                answers.ShouldBeLessThan(sent, "the server dropped answers it could not deliver instead of queueing them all");
            }
        }

        private async Task FloodAsync(WsApiClient ws, Random random)
        {
            var count = random.Next(50, 400);
            for (var i = 0; i < count; i++)
            {
                await ws.SendAsync(Encoding.UTF8.GetBytes($"{{\"id\":\"flood-{i}\",\"method\":\"ping\"}}"), WebSocketMessageType.Text);
            }

            for (var i = 0; i < count; i++)
            {
                var answer = await NextAnswerAsync(ws);
                answer.GetProperty("id").GetString().ShouldBe($"flood-{i}", "answers come in the order of the requests");
                answer.GetProperty("status").GetInt32().ShouldBe(200);
            }
        }

        /// <summary>The connection ends as expected: a documented close with its reason, or a drop (no close frame).</summary>
        private async Task ShouldEndAsync(WsApiClient ws, Expectation expected)
        {
            try
            {
                // An event or an answer sent before the end is still a well-formed frame.
                while (await ws.ReceiveAsync() is { } frame)
                {
                    CheckFrame(frame);
                }
            }
            catch (WebSocketException) when (expected.Dropped)
            {
                return;
            }

            ws.CloseStatus.ShouldNotBeNull();
            if (expected.Dropped)
            {
                // The runtime's close got through before the drop.
                ws.CloseStatus.ShouldBe(WebSocketCloseStatus.InvalidPayloadData);
                return;
            }

            ws.CloseStatus.ShouldBe(expected.Close);
            DocumentedCloses.ShouldContainKey(ws.CloseStatus!.Value);
            (ws.CloseStatusDescription ?? string.Empty).ShouldBe(DocumentedCloses[ws.CloseStatus.Value]);
        }

        /// <summary>The next answer (events are checked and skipped).</summary>
        private async Task<JsonElement> NextAnswerAsync(WsApiClient ws)
        {
            while (true)
            {
                var frame = await ws.ReceiveAsync() ?? throw new ShouldAssertException($"The server closed the connection ({ws.CloseStatus} '{ws.CloseStatusDescription}') instead of answering.");
                if (CheckFrame(frame))
                {
                    return frame;
                }
            }
        }

        /// <summary>Checks a frame from the server; true for an answer, false for an event.</summary>
        private bool CheckFrame(JsonElement frame)
        {
            frame.ValueKind.ShouldBe(JsonValueKind.Object);
            if (!frame.TryGetProperty("id", out _))
            {
                frame.TryGetProperty("event", out var data).ShouldBeTrue($"neither an answer nor an event: {frame}");
                data.GetProperty("e").GetString().ShouldNotBeNullOrEmpty();
                return false;
            }

            var status = frame.GetProperty("status").GetInt32();
            status.ShouldBeLessThan(500, frame.ToString());
            status.ShouldNotBeOneOf([418, 429], "the run's limits are far above what it sends");
            if (status == 200)
            {
                frame.TryGetProperty("result", out _).ShouldBeTrue(frame.ToString());
                return true;
            }

            var error = BinanceErrorClassifier.Classify(_venue, status, frame.GetRawText());
            error.Code.ShouldBe(frame.GetProperty("error").GetProperty("code").GetInt32(), frame.ToString());
            error.Definition.ShouldNotBeNull($"{error.Code} is not a {_venue} catalog code: {frame}");
            error.Template.ShouldNotBeNull($"the message is none of {error.Code}'s catalog texts: {frame}");
            return true;
        }

        private (string Described, byte[] Bytes, WebSocketMessageType Type, Expectation Expect) Frame(Random random, int kind, WsApiClient ws)
        {
            switch (kind)
            {
                case 0:
                    var valid = Valid(random, ws);
                    return ($"valid {valid}", Encoding.UTF8.GetBytes(valid), WebSocketMessageType.Text, Expectation.Answer());
                case 1:
                    var invalid = random.Next(4) == 0 ? RandomText(random, random.Next(1, 200)) : InvalidJson[random.Next(InvalidJson.Length)];
                    return ($"invalid JSON {Show(invalid)}", Encoding.UTF8.GetBytes(invalid), WebSocketMessageType.Text, Expectation.Answer());
                case 2:
                    var utf8 = NotUtf8(random, ws);
                    return ($"not UTF-8 {Convert.ToHexString(utf8.AsSpan(0, Math.Min(utf8.Length, 80)))}", utf8, WebSocketMessageType.Text, Expectation.Drop());
                case 3:
                    var typed = WrongTypes(random);
                    return ($"wrong types {Show(typed)}", Encoding.UTF8.GetBytes(typed), WebSocketMessageType.Text, Expectation.Answer());
                case 4:
                    var noId = random.Next(2) == 0 ? """{"method":"ping"}""" : $$"""{"method":"time","params":{},"ID":"{{NextId()}}"}""";
                    return ($"no id {noId}", Encoding.UTF8.GetBytes(noId), WebSocketMessageType.Text, Expectation.Answer());
                case 5:
                    var deep = Nested(random);
                    return ($"nested params, {deep.Length} bytes", Encoding.UTF8.GetBytes(deep), WebSocketMessageType.Text, Expectation.Answer());
                case 6:
                    var huge = Huge(random);
                    return ($"huge params, {huge.Length} bytes", huge, WebSocketMessageType.Text, Expectation.Answer());
                case 7:
                    var binary = random.Next(2) == 0 ? Encoding.UTF8.GetBytes(Valid(random, ws)) : RandomBytes(random, random.Next(1, 300));
                    return ($"binary frame, {binary.Length} bytes", binary, WebSocketMessageType.Binary, Expectation.Closed(WebSocketCloseStatus.InvalidMessageType));
                case 8:
                    var oversized = Encoding.UTF8.GetBytes("{\"id\":\"big\",\"method\":\"ping\",\"params\":{\"x\":\"" + new string('x', MaxFrameBytes + random.Next(0, 100_000)) + "\"}}");
                    return ($"oversized frame, {oversized.Length} bytes", oversized, WebSocketMessageType.Text, Expectation.Closed(WebSocketCloseStatus.MessageTooBig));
                case 9:
                    return ("a flood of pings", [], WebSocketMessageType.Text, Expectation.Answer());
                case 10:
                    var duplicate = $$"""{"id":"dup-{{NextId()}}","method":"{{(random.Next(2) == 0 ? "ping" : "time")}}"}""";
                    return ($"the same id twice {duplicate}", Encoding.UTF8.GetBytes(duplicate), WebSocketMessageType.Text, Expectation.Answer(2));
                default:
                    var mutated = Mutate(random, Encoding.UTF8.GetBytes(Valid(random, ws)));
                    var expect = IsUtf8(mutated) ? Expectation.Answer() : Expectation.Drop();
                    return ($"mutated {Show(Encoding.UTF8.GetString(mutated))}", mutated, WebSocketMessageType.Text, expect);
            }
        }

        private string NextId() => (++_ids).ToString(CultureInfo.InvariantCulture);

        /// <summary>A well-formed request of the venue, signed where the method needs it.</summary>
        private string Valid(Random random, WsApiClient ws)
        {
            var id = "v" + NextId();
            var clientId = "fz" + NextId();
            (string Method, (string, object)[] Parameters, bool Signed)[] requests = venue == SandboxVenue.UsdM
                ?
                [
                    ("ping", [], false), ("time", [], false), ("depth", [("symbol", "BTCUSDT"), ("limit", 5)], false), ("ticker.price", [("symbol", "BTCUSDT")], false),
                    ("ticker.book", [("symbol", "ETHUSDT")], false), ("session.status", [], false),
                    ("order.place", [("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "90000"), ("quantity", "0.002"), ("newClientOrderId", clientId)], true),
                    ("order.place", [("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.001")], true),
                    ("order.status", [("symbol", "BTCUSDT"), ("origClientOrderId", "fz1")], true), ("order.cancel", [("symbol", "BTCUSDT"), ("orderId", random.Next(1, 50))], true),
                    ("account.status", [], true), ("account.balance", [], true), ("v2/account.position", [("symbol", "BTCUSDT")], true),
                ]
                :
                [
                    ("ping", [], false), ("time", [], false), ("depth", [("symbol", "BTCUSDT"), ("limit", 5)], false), ("ticker.price", [("symbol", "BTCUSDT")], false),
                    ("ticker.book", [("symbol", "ETHBTC")], false), ("avgPrice", [("symbol", "BNBUSDT")], false), ("exchangeInfo", [("symbol", "BTCUSDT")], false), ("session.status", [], false),
                    ("order.place", [("symbol", "BTCUSDT"), ("side", "BUY"), ("type", "LIMIT"), ("timeInForce", "GTC"), ("price", "20000"), ("quantity", "0.001"), ("newClientOrderId", clientId)], true),
                    ("order.place", [("symbol", "BTCUSDT"), ("side", "SELL"), ("type", "MARKET"), ("quantity", "0.001")], true),
                    ("order.test", [("symbol", "ETHBTC"), ("side", "BUY"), ("type", "MARKET"), ("quantity", "0.1")], true),
                    ("order.status", [("symbol", "BTCUSDT"), ("origClientOrderId", "fz1")], true), ("order.cancel", [("symbol", "BTCUSDT"), ("orderId", random.Next(1, 50))], true),
                    ("openOrders.status", [("symbol", "BTCUSDT")], true), ("account.status", [], true), ("userDataStream.subscribe.signature", [], true),
                ];
            var (method, parameters, signed) = requests[random.Next(requests.Length)];
            return WsApiClient.Request(id, method, signed ? ws.Sign(parameters) : parameters);
        }

        private static string WrongTypes(Random random)
        {
            var id = random.Next(3) == 0 ? OddIds[random.Next(OddIds.Length)] : "\"w\"";
            var method = random.Next(3) == 0 ? OddMethods[random.Next(OddMethods.Length)] : "\"ping\"";
            var parameters = random.Next(3) == 0 ? OddParams[random.Next(OddParams.Length)] : "{}";
            return random.Next(4) switch
            {
                0 => $$"""{"method":{{method}},"params":{{parameters}},"id":{{id}}}""",
                1 => $$"""{"id":{{id}},"method":{{method}},"params":{{parameters}},"extra":[1,{"a":null}]}""",
                2 => $$"""{"id":{{id}},"id":"again","method":{{method}},"method":"time"}""",
                _ => $$"""{"id":{{id}},"method":{{method}},"params":{{parameters}}}""",
            };
        }

        private static string Nested(Random random)
        {
            var depth = random.Next(2, 400);
            var array = random.Next(2) == 0;
            var open = array ? "[" : "{\"a\":";
            var close = array ? "]" : "}";
            var value = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
            return "{\"id\":\"deep\",\"method\":\"ping\",\"params\":{\"x\":" + value + "}}";
        }

        /// <summary>Many parameters, or one long value, within the frame limit.</summary>
        private static byte[] Huge(Random random)
        {
            var json = new StringBuilder("{\"id\":\"huge\",\"method\":\"").Append(random.Next(2) == 0 ? "ping" : "order.status").Append("\",\"params\":{");
            if (random.Next(2) == 0)
            {
                for (var i = 0; json.Length < MaxFrameBytes - 64; i++)
                {
                    json.Append(i == 0 ? string.Empty : ",").Append("\"p").Append(i).Append("\":").Append(i);
                }
            }
            else
            {
                json.Append("\"symbol\":\"").Append('B', random.Next(1_000, MaxFrameBytes - 100)).Append('"');
            }

            return Encoding.UTF8.GetBytes(json.Append("}}").ToString());
        }

        /// <summary>Bytes that are not UTF-8: a request cut inside a multi-byte character, a lone continuation, an overlong form.</summary>
        private byte[] NotUtf8(Random random, WsApiClient ws)
        {
            switch (random.Next(4))
            {
                case 0:
                    var cut = Encoding.UTF8.GetBytes("{\"id\":\"é🙂\",\"method\":\"ping\"}");
                    return cut[..(Array.IndexOf(cut, (byte)0xF0) + 2)];
                case 1:
                    return [.. Encoding.UTF8.GetBytes("{\"id\":\""), 0x80, .. Encoding.UTF8.GetBytes("\",\"method\":\"ping\"}")];
                case 2:
                    return [.. Encoding.UTF8.GetBytes("{\"id\":\""), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\",\"method\":\"ping\"}")];
                default:
                    var valid = Encoding.UTF8.GetBytes(Valid(random, ws));
                    valid[random.Next(valid.Length)] = (byte)random.Next(0xF8, 0x100);
                    return valid;
            }
        }

        private static byte[] Mutate(Random random, byte[] bytes)
        {
            var list = bytes.ToList();
            var mutations = random.Next(1, 6);
            for (var m = 0; m < mutations && list.Count > 0; m++)
            {
                var at = random.Next(list.Count);
                switch (random.Next(6))
                {
                    case 0:
                        list[at] = (byte)random.Next(0x20, 0x7F);
                        break;
                    case 1:
                        list[at] = (byte)random.Next(0, 0x100);
                        break;
                    case 2:
                        list.RemoveAt(at);
                        break;
                    case 3:
                        list.Insert(at, "{}[]\",:\\0-eE."u8[random.Next(13)]);
                        break;
                    case 4:
                        var length = random.Next(1, Math.Min(40, list.Count - at) + 1);
                        list.InsertRange(at, list.GetRange(at, length));
                        break;
                    default:
                        list.RemoveRange(at, list.Count - at);
                        break;
                }
            }

            return [.. list];
        }

        private static string RandomText(Random random, int length)
        {
            const string alphabet = "{}[]\":,\\ abcdefghijklmnopqrstuvwxyz0123456789.-+eEnultrfaé\t\n";
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            return new string(chars);
        }

        private static byte[] RandomBytes(Random random, int length)
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        private static bool IsUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

        private static string Show(string text) => text.Length <= 160 ? text : text[..160] + $"… ({text.Length} chars)";
    }
}
