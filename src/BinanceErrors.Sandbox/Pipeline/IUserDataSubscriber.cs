namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>One receiver of an account's user data events: a WebSocket API subscription or a listenKey stream.</summary>
internal interface IUserDataSubscriber
{
    /// <summary>Delivers an event (the JSON object the exchange sends, e.g. an <c>executionReport</c>).</summary>
    void Deliver(ReadOnlyMemory<byte> eventJson);
}
