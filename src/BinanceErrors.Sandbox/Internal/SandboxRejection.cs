namespace BinanceErrors.Sandbox.Internal;

/// <summary>An error answer: HTTP status plus the exchange's <c>{code, msg}</c> (and optional <c>data</c>).</summary>
internal sealed class SandboxRejection : Exception
{
    public SandboxRejection(int status, int code, string message, string? dataJson = null, TimeSpan? retryAfter = null)
        : base(message)
    {
        Status = status;
        Code = code;
        DataJson = dataJson;
        RetryAfter = retryAfter;
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

    public TimeSpan? RetryAfter { get; }

    public static SandboxRejection From(BinanceError error, int status = 400) => new(status, error.Code ?? -1000, error.Message);
}
