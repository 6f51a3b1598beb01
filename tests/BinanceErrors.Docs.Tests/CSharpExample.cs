using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BinanceErrors.Docs.Tests;

/// <summary>
/// Compiles a C# block (its prelude, then its code, as top-level statements) against the packages and the framework
/// with the namespaces a user of the packages imports, and runs it: lines whose comment shows their output are checked.
/// </summary>
public static class CSharpExample
{
    /// <summary>What every example may use without a using directive: the packages' namespaces and the usual ones.</summary>
    public static readonly string[] ImportedNamespaces =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Text",
        "System.Text.Json", "System.Threading", "System.Threading.Tasks",
        "Microsoft.Extensions.DependencyInjection",
        "BinanceErrors", "BinanceErrors.Preflight", "BinanceErrors.Preflight.Futures", "BinanceErrors.Http",
        "BinanceErrors.Http.Redis", "BinanceErrors.Sandbox", "BinanceErrors.WebSocket",
    ];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Select(p => MetadataReference.CreateFromFile(p)),
    ]);

    // The working directory is the process's: examples run one at a time.
    private static readonly SemaphoreSlim RunGate = new(1, 1);

    /// <summary>Compiles the block; throws with every compiler error (at its line in the Markdown file) when it does not compile.</summary>
    public static (Assembly Assembly, IReadOnlySet<int> ShownLines) Compile(DocBlock block)
    {
        var source = (block.Prelude is null ? string.Empty : $"#line 1 \"{block.File} (prelude of line {block.Line})\"\n{block.Prelude}\n")
            + $"#line {block.FirstCodeLine} \"{block.File}\"\n{block.Code}\n";
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var tree = CSharpSyntaxTree.ParseText(source, options, path: block.File);
        var rewriter = new ShownOutputRewriter();
        tree = tree.WithRootAndOptions(rewriter.Visit(tree.GetRoot()), options);
        var usings = CSharpSyntaxTree.ParseText(string.Concat(ImportedNamespaces.Select(n => $"global using {n};\n")), options, path: "ImportedNamespaces.cs");

        var compilation = CSharpCompilation.Create(
            "DocExample_" + Guid.NewGuid().ToString("N"),
            [usings, tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        if (!emitted.Success || errors.Length > 0)
        {
            throw new ExampleFailedException(block, "does not compile:\n" + string.Join("\n", errors.Select(Describe)));
        }

        return (Assembly.Load(image.ToArray()), rewriter.Lines);
    }

    /// <summary>Compiles and runs the block from the repository root (as the docs' shell lines run); checks every line that shows its output.</summary>
    public static async Task RunAsync(DocBlock block, TimeSpan timeout)
    {
        var (assembly, shownLines) = Compile(block);
        var entry = assembly.EntryPoint ?? throw new ExampleFailedException(block, "has no entry point");
        var output = new ExampleOutput();
        await RunGate.WaitAsync();
        var previous = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = DocExamples.RepositoryRoot;
            var run = Task.Run(() =>
            {
                ExampleOutput.Current = output;
                var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? [] : [Array.Empty<string>()]);
                return result as Task ?? Task.CompletedTask;
            });
            await run.WaitAsync(timeout);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new ExampleFailedException(block, $"throws {ex.InnerException.GetType().Name}: {ex.InnerException.Message}", ex.InnerException);
        }
        catch (TimeoutException)
        {
            throw new ExampleFailedException(block, $"did not finish within {timeout.TotalSeconds:0} s");
        }
        finally
        {
            Environment.CurrentDirectory = previous;
            RunGate.Release();
        }

        var silent = shownLines.Where(l => !output.Printed.ContainsKey(l)).ToArray();
        var problems = output.Mismatches.Concat(silent.Select(l => $"line {l} shows output in its comment but never printed")).ToArray();
        if (problems.Length > 0)
        {
            throw new ExampleFailedException(block, "shows output it does not print:\n" + string.Join("\n", problems));
        }
    }

    private static string Describe(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        return $"{span.Path}:{span.StartLinePosition.Line + 1}: {diagnostic.Id} {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>Turns <c>Console.WriteLine(x); // shown</c> into a call that checks x against the comment.</summary>
    private sealed class ShownOutputRewriter : CSharpSyntaxRewriter
    {
        public HashSet<int> Lines { get; } = [];

        public override SyntaxNode? VisitExpressionStatement(ExpressionStatementSyntax node)
        {
            if (node.Expression is not InvocationExpressionSyntax
                {
                    Expression: MemberAccessExpressionSyntax { Name.Identifier.Text: "WriteLine", Expression: IdentifierNameSyntax { Identifier.Text: "Console" } },
                    ArgumentList.Arguments.Count: 1,
                } call)
            {
                return base.VisitExpressionStatement(node);
            }

            var comment = node.GetTrailingTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.SingleLineCommentTrivia));
            if (comment == default)
            {
                return base.VisitExpressionStatement(node);
            }

            var line = node.GetLocation().GetMappedLineSpan().StartLinePosition.Line + 1;
            Lines.Add(line);
            var shown = comment.ToString()[2..].Trim();
            var check = SyntaxFactory.ParseExpression(
                $"global::BinanceErrors.Docs.Tests.ExampleOutput.Shown((object?)({call.ArgumentList.Arguments[0].Expression}), {SymbolDisplay.FormatLiteral(shown, quote: true)}, {line})");
            return node.WithExpression(check.WithTriviaFrom(node.Expression));
        }
    }
}
