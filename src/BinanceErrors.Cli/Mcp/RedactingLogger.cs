using Microsoft.Extensions.Logging;

namespace BinanceErrors.Cli.Mcp;

/// <summary>One category's logger of <see cref="RedactingLoggerProvider"/>: formats, masks, then writes.</summary>
/// <param name="inner">The console logger of the category.</param>
/// <param name="stackTraces">Whether exceptions keep their stack traces.</param>
internal sealed class RedactingLogger(ILogger inner, bool stackTraces) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var text = formatter(state, exception);
        if (exception is not null && !stackTraces)
        {
            text = $"{text} ({OneLine(exception)})";
        }

        inner.Log(logLevel, eventId, SecretMask.Apply(text), exception is not null && stackTraces ? new MaskedException(exception) : null, static (masked, _) => masked);
    }

    /// <summary><c>Type: message</c> of the exception and its inner ones, on one line.</summary>
    private static string OneLine(Exception exception)
    {
        var parts = new List<string>();
        for (var e = exception; e is not null && parts.Count < 4; e = e.InnerException)
        {
            parts.Add($"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ").Trim()}");
        }

        return string.Join(" ---> ", parts);
    }

    /// <summary>Carries an exception to the console formatter with its text (message and stack trace) masked.</summary>
    private sealed class MaskedException(Exception original) : Exception(SecretMask.Apply(original.Message))
    {
        public override string ToString() => SecretMask.Apply(original.ToString());
    }
}
