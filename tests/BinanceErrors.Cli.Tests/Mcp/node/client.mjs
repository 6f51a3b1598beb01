// Drives `binance-errors mcp` with the official TypeScript SDK client, which validates every structuredContent
// against the tool's outputSchema (ajv). Usage:
//   node client.mjs stdio <path/to/BinanceErrors.Cli.dll>
//   node client.mjs http <http://127.0.0.1:PORT/mcp>
// Prints one JSON object summarising what the server answered; exits 1 on any failure.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const [mode, target] = process.argv.slice(2);
const transport = mode === "stdio"
  ? new StdioClientTransport({ command: "dotnet", args: [target, "mcp"], stderr: "ignore" })
  : new StreamableHTTPClientTransport(new URL(target));
const client = new Client({ name: "binance-errors-node-test", version: "1.0.0" });

const summary = {};
try {
  await client.connect(transport);
  summary.server = client.getServerVersion()?.name;
  const { tools } = await client.listTools();
  summary.tools = tools.map(t => ({ name: t.name, readOnly: t.annotations?.readOnlyHint === true, hasOutputSchema: !!t.outputSchema }));

  const calls = {
    explain_error: { code: -2021 },
    classify_response: { venue: "spot", status: 429, headers: { "Retry-After": "30" }, body: "{\"code\":-1003,\"msg\":\"Too much request weight used; current limit is 6000 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.\"}" },
    validate_order: { venue: "spot", order: { symbol: "BTCUSDT", side: "BUY", type: "LIMIT", timeInForce: "GTC", price: "65000.001", quantity: "0.001" } },
    list_errors: { venue: "spot", category: "cancelReplace" },
    recovery_plan: { situation: "http-418" },
    // Real lines: https://github.com/ccxt/ccxt/pull/2068 (two 429s, then the ban).
    diagnose_log: { text: [
      "Network related error: binance 429 Too Many Requests {\"code\":-1003,\"msg\":\"Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API.\"} <class 'ccxt.base.errors.DDoSProtection'>",
      "Sleeping for 2 seconds...",
      "Network related error: binance 429 Too Many Requests {\"code\":-1003,\"msg\":\"Too many requests; current limit is 1200 requests per minute. Please use the websocket for live updates to avoid polling the API.\"} <class 'ccxt.base.errors.DDoSProtection'>",
      "Network related error: binance 418 I'm a Teapot {\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1519726649240. Please use the websocket for live updates to avoid bans.\"} <class 'ccxt.base.errors.DDoSProtection'>",
    ].join("\n") },
  };
  summary.calls = {};
  for (const [name, args] of Object.entries(calls)) {
    // callTool throws when structuredContent does not match the tool's outputSchema.
    const result = await client.callTool({ name, arguments: args });
    summary.calls[name] = { isError: result.isError === true, structuredContent: result.structuredContent, text: result.content?.[0]?.text };
  }

  const bad = await client.callTool({ name: "explain_error", arguments: { venue: "spot" } });
  summary.badArguments = { isError: bad.isError === true, text: bad.content?.[0]?.text };

  const { resourceTemplates } = await client.listResourceTemplates();
  summary.resourceTemplates = resourceTemplates.map(t => t.uriTemplate);
  const code = await client.readResource({ uri: "binance-errors://codes/usdm/-2021" });
  summary.resource = JSON.parse(code.contents[0].text);
  try {
    await client.readResource({ uri: "binance-errors://catalog/mars" });
    summary.unknownResourceError = null;
  } catch (error) {
    summary.unknownResourceError = error.code;
  }

  const { prompts } = await client.listPrompts();
  summary.prompts = prompts.map(p => p.name);
  const prompt = await client.getPrompt({ name: "unknown_outcome", arguments: { what: "POST /api/v3/order timed out" } });
  summary.prompt = prompt.messages[0].content.text;
  const logPrompt = await client.getPrompt({ name: "diagnose_log", arguments: { log: "APIError(code=-1021): Timestamp for this request is outside of the recvWindow." } });
  summary.logPrompt = logPrompt.messages[0].content.text;
  console.log(JSON.stringify(summary));
  await client.close();
} catch (error) {
  console.error(error?.stack ?? String(error));
  await client.close().catch(() => {});
  process.exit(1);
}
