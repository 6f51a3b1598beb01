using System.Globalization;
using BinanceErrors.Cli.Tests.Processes;
using BinanceErrors.Http.Tests.Fixtures;
using BinanceErrors.Sandbox;

namespace BinanceErrors.Cli.Tests.Commands;

/// <summary>
/// <c>demo --limit-store</c> against real redis-server processes: a password, a database, TLS in the URL are honoured
/// and the header says where limits are; a store that cannot share is refused at start with the reason, never a
/// silent run on local limits under a "limits in redis" header.
/// </summary>
public sealed class DemoLimitStoreTests
{
    [Fact]
    public async Task PasswordProtectedRedis_LimitsAreSharedThere_AndTheHeaderSaysSo()
    {
        await using var redis = await RedisServer.StartAsync("--requirepass", "pw");
        var url = $"redis://:pw@127.0.0.1:{redis.Port}/1";

        var run = CliRun.Of("demo", "--orders", "3", "--faults", "none", "--seed", "2", "--limit-store", url);

        run.ExitCode.ShouldBe(0, run.Output + run.Error);
        run.Output.ShouldContain($"limits in redis at redis://:***@127.0.0.1:{redis.Port}/1");
        run.Output.ShouldContain("Limit store:            redis, ", Case.Sensitive, run.Output); // How many calls a loaded machine answered locally varies.
        (run.Output + run.Error).ShouldNotContain(":pw@");
        await using var raw = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync($"{redis.Configuration},password=pw");
        raw.GetServer(raw.GetEndPoints()[0]).Keys(1).Select(k => k.ToString()).ShouldContain(k => k.StartsWith("binance-limits:{Spot:", StringComparison.Ordinal), "the run counted its weight in database 1");
    }

    [Theory]
    [InlineData("redis://:badpass@127.0.0.1:{redis}", "cannot share limits: Redis at 127.0.0.1:{redis} refused the credentials: ")]
    [InlineData("redis://127.0.0.1:{redis}", "cannot share limits: Redis at 127.0.0.1:{redis} refused the credentials: NOAUTH")]
    [InlineData("redis://127.0.0.1:{closed}", "cannot share limits: no Redis answers at 127.0.0.1:{closed}")]
    [InlineData("redis://127.0.0.1:{sandbox}", "cannot share limits: no Redis answers at 127.0.0.1:{sandbox}")]
    [InlineData("redis://127.0.0.1:{redis}?timeout=5", "the parameter 'timeout' is not supported")]
    public async Task StoreThatCannotShare_IsRefusedAtStart_OneLine_ExitTwo(string template, string expected)
    {
        await using var redis = await RedisServer.StartAsync("--requirepass", "pw");
        await using var sandbox = await SandboxServer.StartAsync();
        int closed;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            closed = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        string Fill(string text) => text
            .Replace("{redis}", redis.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{closed}", closed.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{sandbox}", sandbox.BaseAddress.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var run = CliRun.Of("demo", "--orders", "2", "--faults", "none", "--limit-store", Fill(template));

        run.ExitCode.ShouldBe(2, run.Output + run.Error);
        run.Error.ShouldStartWith("binance-errors: --limit-store");
        run.Error.ShouldContain(Fill(expected));
        run.Error.ShouldNotContain("badpass");
        run.Error.TrimEnd().ShouldNotContain("\n");
        run.Output.ShouldNotContain("Demo run");
    }

    [Fact]
    public async Task TlsRedis_TrustedThroughSslCertFile_IsShared()
    {
        using var authority = TestCertificateAuthority.Create();
        await using var redis = await RedisServer.StartAsync([.. authority.RedisTlsArguments, "--requirepass", "pw"]);

        using var cli = CliProcess.Start(
            new Dictionary<string, string> { ["SSL_CERT_FILE"] = authority.CaCertificatePath },
            "demo", "--orders", "2", "--faults", "none", "--json", "--limit-store", $"rediss://:pw@127.0.0.1:{redis.Port}");

        (await cli.ExitCodeAsync(TimeSpan.FromSeconds(120))).ShouldBe(0, cli.Output + cli.Error);
        var json = System.Text.Json.JsonDocument.Parse(cli.Output).RootElement;
        json.GetProperty("limitStore").GetString().ShouldBe("redis");
        json.GetProperty("limitStoreShared").GetBoolean().ShouldBeTrue();
        json.GetProperty("limitStoreFallbacks").GetInt64().ShouldBe(0);
    }
}
