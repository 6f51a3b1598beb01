// Drives ccxt.pro's binanceusdm, unchanged but for its URLs, over the BinanceErrors USDⓈ-M sandbox's WebSocket API
// (/ws-fapi/v1) and its listenKey stream (/private/ws?listenKey=…): orders placed, queried, amended (order.modify) and
// cancelled, the balance and positions read, a fill seen through watchOrders, and ccxt's own exception classes for the
// exchange's errors. Prints one JSON object with what each step returned or raised.
// Usage: node binanceusdm-pro.mjs <baseUrl> <apiKey> <secret>     (run by tests/BinanceErrors.Sandbox.Tests/CcxtProTests.cs)
import ccxt from 'ccxt';

const [baseUrl, apiKey, secret] = process.argv.slice(2);
if (!baseUrl || !apiKey || !secret) {
    console.error('usage: node binanceusdm-pro.mjs <baseUrl> <apiKey> <secret>');
    process.exit(2);
}

const root = baseUrl.replace(/\/$/, '');
const wsRoot = root.replace(/^http/, 'ws');
async function connect(key, keySecret) {
    const exchange = new ccxt.pro.binanceusdm({ apiKey: key, secret: keySecret, options: { fetchCurrencies: false } });
    for (const [name, version] of [['fapiPublic', 'v1'], ['fapiPublicV2', 'v2'], ['fapiPublicV3', 'v3'], ['fapiPrivate', 'v1'], ['fapiPrivateV2', 'v2'], ['fapiPrivateV3', 'v3']]) {
        exchange.urls.api[name] = `${root}/fapi/${version}`;
    }

    // ccxt turns .../ws into .../private/ws?listenKey=… for the user data stream (the 2026-03-06 path).
    exchange.urls.api.ws.future = `${wsRoot}/ws`;
    exchange.urls.api.ws['ws-api'].future = `${wsRoot}/ws-fapi/v1`;
    await exchange.loadHttpProxyAgent(); // ccxt's own step for plain ws:// URLs
    return exchange;
}

const exchange = await connect(apiKey, secret);
const result = { version: ccxt.version, steps: {}, errors: {} };
// A step that hangs is recorded as one (a missing event must fail the test, not stall it).
function withTimeout(promise, name) {
    let timer;
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${name} did not finish within 20 s`)), 20000); });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function step(name, run) {
    try {
        result.steps[name] = await withTimeout(run(), name);
        if (process.env.CCXT_TRACE) console.error(name, JSON.stringify(result.steps[name]));
    } catch (e) {
        result.steps[name] = { raised: e.constructor.name, message: e.message };
    }
}

// The class ccxt raised and its message (which carries the exchange's {code, msg}).
async function error(name, run) {
    try {
        await withTimeout(run(), name);
        result.errors[name] = { raised: 'no error' };
    } catch (e) {
        result.errors[name] = { raised: e.constructor.name, message: e.message };
    }
}

const symbol = 'BTC/USDT:USDT';
let limitId;
await step('loadMarkets', async () => Object.keys(await exchange.loadMarkets()).includes(symbol));
await step('createOrderWs', async () => {
    const order = await exchange.createOrderWs(symbol, 'limit', 'buy', 0.01, 90000);
    limitId = order.id;
    return { status: order.status, price: order.price, amount: order.amount };
});
await step('fetchOrderWs', async () => (await exchange.fetchOrderWs(limitId, symbol)).status);
// ccxt 4.5.84 serves fetchOpenOrdersWs for Spot only; the step records what it raises for a swap market.
await step('fetchOpenOrdersWs', async () => (await exchange.fetchOpenOrdersWs(symbol)).map(o => o.id));
await step('editOrderWs', async () => {
    const order = await exchange.editOrderWs(limitId, symbol, 'limit', 'buy', 0.012, 90100);
    return { id: order.id, status: order.status, price: order.price, amount: order.amount };
});
await step('cancelOrderWs', async () => (await exchange.cancelOrderWs(limitId, symbol)).status);
await step('fetchBalanceWs', async () => (await exchange.fetchBalanceWs()).USDT);
await step('watchOrders', async () => {
    const watching = exchange.watchOrders(symbol);
    await new Promise(resolve => setTimeout(resolve, 500)); // the listenKey stream is open before the order
    const placed = await exchange.createOrderWs(symbol, 'market', 'buy', 0.002);
    let orders = await watching;
    while (!orders.some(o => o.id === placed.id && o.status === 'closed')) {
        orders = await exchange.watchOrders(symbol);
    }

    const filled = orders.find(o => o.id === placed.id && o.status === 'closed');
    return { status: filled.status, filled: filled.filled };
});
await step('fetchPositionsWs', async () => (await exchange.fetchPositionsWs([symbol])).map(p => ({ side: p.side, contracts: p.contracts })));

// ccxt 4.5.84 picks its USDⓈ-M error table by the REST host (https://fapi.<host>/); over ws-fapi (even against the
// exchange) only its shared table applies, which has no -2019 and no -4xxx filter codes: those raise ExchangeError.
await error('insufficientMargin', () => exchange.createOrderWs(symbol, 'limit', 'buy', 50, 94000));
await error('orderNotFound', () => exchange.cancelOrderWs('987654321', symbol));
await error('filterFailure', () => exchange.createOrderWs(symbol, 'limit', 'buy', 0.001, 90000));
const wrongSecret = await connect(apiKey, 'not-the-secret');
wrongSecret.markets = exchange.markets;
wrongSecret.markets_by_id = exchange.markets_by_id;
wrongSecret.symbols = exchange.symbols;
wrongSecret.ids = exchange.ids;
await error('badSignature', () => wrongSecret.fetchBalanceWs());

await wrongSecret.close();
await exchange.close();
console.log(JSON.stringify(result));
// ccxt keeps the listenKey alive with a 20-minute timer that close() leaves behind; nothing else is pending.
process.exit(0);
