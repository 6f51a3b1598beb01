namespace BinanceErrors.Internal;

/// <summary>What the body reader found; the message itself sits in the caller's buffer.</summary>
internal struct ParsedBody
{
    public ResponseBodyKind Kind;
    public int? Code;
    public int? Status;
    public int MessageLength;
    public int DataStart;
    public int DataLength;
    public bool Truncated;

    /// <summary>The message is printable ASCII without backticks, so it holds none of the characters normalizing replaces.</summary>
    public bool PlainMessage;
}
