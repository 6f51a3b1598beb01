namespace BinanceErrors.Logs.Internal;

/// <summary>What the parser found in one line: a code and message, a status, or both.</summary>
internal struct LineFinding
{
    public LogErrorForm Form;
    public int? Code;
    public string Message;
    public int? Status;
    public int? RetryAfterSeconds;

    /// <summary>Where the error text starts in the line; the line's time is looked for before it.</summary>
    public int Start;

    /// <summary>The message was read as a whole value (quoted or keyed); otherwise it is the rest of the line and may carry trailing text.</summary>
    public bool ExactMessage;

    /// <summary>The message came from a key spelled <c>msg</c>, as Binance's bodies have it (JSON-RPC and others say <c>message</c>).</summary>
    public bool MsgKey;

    /// <summary>A bare number with no code key and no error context: only an occurrence if the text after it is one of the code's messages.</summary>
    public bool NeedsTemplateMatch;
}
