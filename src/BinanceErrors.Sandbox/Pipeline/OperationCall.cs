
namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>What an operation runs with once the pipeline has admitted and authorised it.</summary>
internal sealed class OperationCall
{
    /// <summary>The request's parameters, by name.</summary>
    public required RequestParameters Parameters { get; init; }

    /// <summary>The account (its API key); empty for a public operation.</summary>
    public required string Account { get; init; }

    /// <summary>The server clock when the operation runs, in epoch milliseconds.</summary>
    public required long Now { get; init; }

    /// <summary>The WebSocket connection the request came over; <see langword="null"/> for REST and delayed executions.</summary>
    public IClientConnection? Connection { get; init; }

    /// <summary>A parameter's value, or <see langword="null"/> when it was not sent.</summary>
    public string? this[string name] => Parameters[name];
}
