namespace BinanceErrors.Sandbox;

/// <summary>An active futures listenKey on the sandbox (<see cref="SandboxServer.ListenKeys"/>, <c>GET /sandbox/listenKeys</c>).</summary>
/// <param name="ListenKey">The key, as <c>POST /fapi/v1/listenKey</c> (or <c>/dapi/v1/listenKey</c>, <c>userDataStream.start</c>) returned it.</param>
/// <param name="ApiKey">The account's API key.</param>
/// <param name="ExpiresAtMs">When it expires without a keepalive, epoch milliseconds on the server clock.</param>
public sealed record SandboxListenKey(string ListenKey, string ApiKey, long ExpiresAtMs);
