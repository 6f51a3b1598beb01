namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>An error answer: HTTP status plus the exchange's <c>{code, msg}</c> (and optional <c>data</c>).</summary>
internal sealed class SandboxRejection : Exception
{
    public SandboxRejection(int status, int code, string message, string? dataJson = null, long? retryAtMs = null, long? decidedAtMs = null)
        : base(message)
    {
        Status = status;
        Code = code;
        DataJson = dataJson;
        RetryAtMs = retryAtMs;
        DecidedAtMs = decidedAtMs;
    }

    public SandboxRejection()
    {
    }

    public SandboxRejection(string message)
        : base(message)
    {
    }

    public SandboxRejection(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int Status { get; }

    public int Code { get; }

    public string? DataJson { get; }

    /// <summary>For a 429: when the client may try again, epoch milliseconds.</summary>
    public long? RetryAtMs { get; }

    /// <summary>The server clock when the rejection was decided (with <see cref="RetryAtMs"/>).</summary>
    public long? DecidedAtMs { get; }

    public static SandboxRejection From(BinanceError error, int status = 400) => new(status, error.Code ?? -1000, error.Message);
}
