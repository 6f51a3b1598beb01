namespace BinanceErrors.Docs.Tests;

/// <summary>A documentation example that does not do what its text says; the message starts with the block's place.</summary>
public sealed class ExampleFailedException : Exception
{
    public ExampleFailedException(DocBlock block, string problem, Exception? inner = null)
        : base($"The example at {block.Id} ({block.Language}{(block.Tags.Count > 0 ? " " + string.Join(' ', block.Tags) : string.Empty)}) {problem}", inner)
    {
        Block = block;
    }

    public DocBlock Block { get; }
}
