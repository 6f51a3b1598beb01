namespace BinanceErrors.Cli.Tests.Mcp;

[CollectionDefinition(Name)]
public sealed class McpCollection : ICollectionFixture<McpServerProcesses>
{
    public const string Name = "MCP server processes";
}
