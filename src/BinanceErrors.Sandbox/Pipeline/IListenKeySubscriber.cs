namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>A stream opened on a listenKey: it receives the account's events until the key expires or is closed.</summary>
internal interface IListenKeySubscriber : IUserDataSubscriber
{
    /// <summary>The key expired or was closed: sends <paramref name="lastEvent"/> (<c>listenKeyExpired</c>; none when empty), then closes.</summary>
    void End(ReadOnlyMemory<byte> lastEvent, string reason);
}
