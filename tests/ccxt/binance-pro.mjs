// Drives ccxt.pro's binance (Spot), unchanged but for its URLs, over the BinanceErrors sandbox's WebSocket API
// (/ws-api/v3): orders placed, queried, listed and cancelled, the balance read, a fill seen through watchOrders, and
// ccxt's own exception classes for the exchange's errors. Prints one JSON object with what each step returned or raised.
// Usage: node binance-pro.mjs <baseUrl> <apiKey> <secret>     (run by tests/BinanceErrors.Sandbox.Tests/CcxtProTests.cs)
import ccxt from 'ccxt';

const [baseUrl, apiKey, secret] = process.argv.slice(2);
if (!baseUrl || !apiKey || !secret) {
    console.error('usage: node binance-pro.mjs <baseUrl> <apiKey> <secret>');
    process.exit(2);
}

const root = baseUrl.replace(/\/$/, '');
const wsRoot = root.replace(/^http/, 'ws');
async function connect(key, keySecret) {
    const exchange = new ccxt.pro.binance({ apiKey: key, secret: keySecret, options: { fetchCurrencies: false, fetchMargins: false, fetchMarkets: { types: ['spot'] } } });
    for (const name of ['public', 'private', 'v1']) {
        exchange.urls.api[name] = `${root}/api/v3`;
    }

    exchange.urls.api.ws['ws-api'].spot = `${wsRoot}/ws-api/v3`;
    await exchange.loadHttpProxyAgent(); // ccxt's own step for plain ws:// URLs
    return exchange;
}

const exchange = await connect(apiKey, secret);
const result = { version: ccxt.version, steps: {}, errors: {} };
async function step(name, run) {
    try {
        result.steps[name] = await run();
    } catch (e) {
        result.steps[name] = { raised: e.constructor.name, message: e.message };
    }
}

async function error(name, run) {
    try {
        await run();
        result.errors[name] = 'no error';
    } catch (e) {
        result.errors[name] = e.constructor.name;
    }
}

const symbol = 'BTC/USDT';
let limitId;
await step('loadMarkets', async () => Object.keys(await exchange.loadMarkets()).includes(symbol));
await step('createOrderWs', async () => {
    const order = await exchange.createOrderWs(symbol, 'limit', 'buy', 0.01, 20000);
    limitId = order.id;
    return { status: order.status, price: order.price, amount: order.amount };
});
await step('fetchOrderWs', async () => (await exchange.fetchOrderWs(limitId, symbol)).status);
await step('fetchOpenOrdersWs', async () => (await exchange.fetchOpenOrdersWs(symbol)).map(o => o.id));
await step('cancelOrderWs', async () => (await exchange.cancelOrderWs(limitId, symbol)).status);
// ccxt 4.5.84 parses account.status without the market type, so its unified Spot balance comes back empty (the same
// against Binance); the raw answer it returns is read instead.
await step('fetchBalanceWs', async () => (await exchange.fetchBalanceWs()).info.balances.find(b => b.asset === 'USDT').free);
await step('watchOrders', async () => {
    const watching = exchange.watchOrders(symbol);
    await new Promise(resolve => setTimeout(resolve, 500)); // the subscription is made before the order
    const placed = await exchange.createOrderWs(symbol, 'market', 'buy', 0.001);
    let orders = await watching;
    while (!orders.some(o => o.id === placed.id && o.status === 'closed')) {
        orders = await exchange.watchOrders(symbol);
    }

    const filled = orders.find(o => o.id === placed.id && o.status === 'closed');
    return { status: filled.status, filled: filled.filled };
});

await error('insufficientFunds', () => exchange.createOrderWs(symbol, 'limit', 'buy', 50, 29000));
await error('orderNotFound', () => exchange.cancelOrderWs('987654321', symbol));
await error('filterFailure', () => exchange.createOrderWs(symbol, 'limit', 'buy', 0.00000001, 29000));
const wrongSecret = await connect(apiKey, 'not-the-secret');
wrongSecret.markets = exchange.markets;
wrongSecret.markets_by_id = exchange.markets_by_id;
wrongSecret.symbols = exchange.symbols;
wrongSecret.ids = exchange.ids;
await error('badSignature', () => wrongSecret.fetchBalanceWs());

await wrongSecret.close();
await exchange.close();
console.log(JSON.stringify(result));
