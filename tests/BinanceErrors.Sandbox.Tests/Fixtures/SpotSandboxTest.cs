using System.Text;

namespace BinanceErrors.Sandbox.Tests.Fixtures;

/// <summary>A default Spot sandbox per test with a signing client and an admin client for <c>/sandbox/…</c>.</summary>
public abstract class SpotSandboxTest : IAsyncLifetime
{
    protected SandboxServer Server { get; private set; } = null!;

    protected SandboxClient Client { get; private set; } = null!;

    protected HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await SandboxServer.StartAsync();
        Client = SandboxClient.Hmac(Server);
        Admin = new HttpClient { BaseAddress = Server.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Admin.Dispose();
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>POSTs a JSON body to an admin path; the status and the body as text.</summary>
    protected async Task<(int Status, string Body)> PostAdmin(string path, string json)
    {
        using var response = await Admin.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
