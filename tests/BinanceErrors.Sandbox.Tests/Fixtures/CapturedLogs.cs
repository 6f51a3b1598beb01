using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BinanceErrors.Sandbox.Tests.Fixtures;

/// <summary>
/// Collects what the sandbox's host logs (<see cref="SandboxOptions.LoggerFactory"/>) at warning and above, so a test
/// can show that hostile input caused no unhandled exception.
/// </summary>
public sealed class CapturedLogs : IDisposable
{
    private readonly ConcurrentQueue<string> _entries = new();

    public CapturedLogs()
    {
        Factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(new Provider(_entries)));
    }

    /// <summary>The factory to give the sandbox.</summary>
    public ILoggerFactory Factory { get; }

    /// <summary>Every entry so far: level, category, message and exception.</summary>
    public IReadOnlyCollection<string> Entries => _entries;

    public void Dispose() => Factory.Dispose();

    private sealed class Provider(ConcurrentQueue<string> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

        public void Dispose()
        {
        }
    }

    private sealed class Logger(string category, ConcurrentQueue<string> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
