// Drives ccxt's binanceusdm, unchanged but for its base URL, through a futures bot's life cycle against the
// BinanceErrors USDⓈ-M sandbox, and prints one JSON object with what each step returned or raised.
// Usage: node binanceusdm.mjs <baseUrl> <apiKey> <secret>     (run by tests/BinanceErrors.Http.Tests/CcxtBinanceUsdmTests.cs)
import ccxt from 'ccxt';

const [baseUrl, apiKey, secret] = process.argv.slice(2);
if (!baseUrl || !apiKey || !secret) {
    console.error('usage: node binanceusdm.mjs <baseUrl> <apiKey> <secret>');
    process.exit(2);
}

const root = baseUrl.replace(/\/$/, '');
const exchange = new ccxt.binanceusdm({ apiKey, secret, options: { fetchCurrencies: false } });
for (const [name, version] of [['fapiPublic', 'v1'], ['fapiPublicV2', 'v2'], ['fapiPublicV3', 'v3'], ['fapiPrivate', 'v1'], ['fapiPrivateV2', 'v2'], ['fapiPrivateV3', 'v3']]) {
    exchange.urls.api[name] = `${root}/fapi/${version}`;
}

const result = { version: ccxt.version, steps: {} };
async function step(name, run) {
    try {
        result.steps[name] = await run();
    } catch (e) {
        result.steps[name] = { raised: e.constructor.name, message: e.message };
    }
}

const symbol = 'BTC/USDT:USDT';
await step('loadMarkets', async () => {
    const markets = await exchange.loadMarkets();
    return { count: Object.keys(markets).length, btcLinear: markets[symbol]?.linear === true };
});
await step('fetchBalance', async () => (await exchange.fetchBalance()).total.USDT);
await step('setLeverage', async () => (await exchange.setLeverage(10, symbol)).leverage);
await step('limitOrder', async () => {
    const order = await exchange.createOrder(symbol, 'limit', 'buy', 0.01, 94000);
    return { status: order.status, price: order.price, amount: order.amount };
});
await step('fetchOpenOrders', async () => (await exchange.fetchOpenOrders(symbol)).length);
await step('cancelAllOrders', async () => (await exchange.cancelAllOrders(symbol)) !== undefined);
await step('marketOrder', async () => {
    const order = await exchange.createOrder(symbol, 'market', 'buy', 0.01, undefined, { newOrderRespType: 'RESULT' });
    return { status: order.status, filled: order.filled, average: order.average };
});
await step('fetchPositions', async () => (await exchange.fetchPositions([symbol])).map(p => ({ side: p.side, contracts: p.contracts, entryPrice: p.entryPrice })));
await step('stopOrder', async () => {
    const order = await exchange.createOrder(symbol, 'market', 'sell', 0.01, undefined, { stopPrice: 90000, reduceOnly: true });
    return { id: order.id, status: order.status, triggerPrice: order.triggerPrice };
});
await step('cancelStop', async () => {
    const open = await exchange.fetchOpenOrders(symbol, undefined, undefined, { trigger: true });
    const cancelled = await exchange.cancelOrder(open[0].id, symbol, { trigger: true });
    return { open: open.length, cancelled: cancelled.id === open[0].id };
});
await step('reduceOnlyOrder', async () => {
    const order = await exchange.createOrder(symbol, 'market', 'sell', 0.01, undefined, { reduceOnly: true, newOrderRespType: 'RESULT' });
    return { status: order.status, reduceOnly: order.reduceOnly };
});

async function errorClasses() {
    const classes = {};
    const expect = async (code, run) => {
        try {
            await run();
            classes[code] = 'no error';
        } catch (e) {
            classes[code] = e.constructor.name;
        }
    };
    await expect('-2019', () => exchange.createOrder(symbol, 'limit', 'buy', 100, 94000));
    await expect('-2022', () => exchange.createOrder(symbol, 'market', 'sell', 0.01, undefined, { reduceOnly: true }));
    await expect('-4164', () => exchange.createOrder(symbol, 'limit', 'buy', 0.001, 94000));
    await expect('-2013', () => exchange.fetchOrder('123456', symbol));
    return classes;
}

// ccxt picks its USDⓈ-M error table by the URL's host (https://fapi.binance.com/…); at any other base URL it uses
// the shared table only. First as shipped, then with that host test answering "linear", as it does on fapi.binance.com.
result.errors = await errorClasses();
exchange.getExceptionsByUrl = (url, exactOrBroad) => exchange.safeDict(exchange.safeDict(exchange.exceptions, 'linear', {}), exactOrBroad, {});
result.errorsAsOnFapi = await errorClasses();

console.log(JSON.stringify(result));
