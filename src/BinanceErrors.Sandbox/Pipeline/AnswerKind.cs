namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>The forms an answer from the pipeline takes; each transport renders them its own way.</summary>
internal enum AnswerKind
{
    /// <summary>The operation's result (REST body, WebSocket <c>result</c>).</summary>
    Result = 0,

    /// <summary>An error with the exchange's code and message (REST <c>{code, msg}</c>, WebSocket <c>error</c>).</summary>
    Error = 1,

    /// <summary>A message without a code: the <c>{"msg": …}</c> body USDⓈ-M sends with its 503 texts.</summary>
    Message = 2,

    /// <summary>A gateway's error page for a status (REST: an HTML 5XX page).</summary>
    Page = 3,

    /// <summary>No answer: the connection is dropped.</summary>
    Abort = 4,
}
