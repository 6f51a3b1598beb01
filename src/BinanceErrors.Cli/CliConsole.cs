using Spectre.Console;

namespace BinanceErrors.Cli;

/// <summary>The streams a command reads and writes, so tests can run commands in-process with real arguments.</summary>
internal sealed class CliConsole
{
    /// <summary>Creates a console over the given streams.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="color">Whether tables may use colour and ANSI sequences.</param>
    public CliConsole(TextWriter output, TextWriter error, TextReader input, bool color)
    {
        Output = output;
        Error = error;
        Input = input;
        IsTerminal = color;
        OpenInput = () => new MemoryStream(global::System.Text.Encoding.UTF8.GetBytes(Input.ReadToEnd()));
        Ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            // Without a terminal nothing needs cell padding at line ends; a pipe or file gets the text alone.
            Out = new AnsiConsoleOutput(color ? output : new Output.TrailingSpaceTrimmingWriter(output)),
        });
        if (!color)
        {
            Ansi.Profile.Width = 160;
        }
    }

    /// <summary>Standard output.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Standard input.</summary>
    public TextReader Input { get; }

    /// <summary>Whether standard output is a terminal: tables get colour, long commands show progress.</summary>
    public bool IsTerminal { get; }

    /// <summary>Standard input as bytes (scan reads gzip from it); by default the text of <see cref="Input"/> as UTF-8.</summary>
    public Func<Stream> OpenInput { get; init; }

    /// <summary>Whether standard input is a terminal (nothing piped in).</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Spectre.Console over <see cref="Output"/>, for tables.</summary>
    public IAnsiConsole Ansi { get; }

    /// <summary>The clock commands wait on (the demo's back-offs); <see cref="TimeProvider.System"/> unless a test sets one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The process's own console streams.</summary>
    public static CliConsole System() =>
        new(global::System.Console.Out, global::System.Console.Error, global::System.Console.In, !global::System.Console.IsOutputRedirected)
        {
            OpenInput = global::System.Console.OpenStandardInput,
            InputIsTerminal = !global::System.Console.IsInputRedirected,
        };
}
