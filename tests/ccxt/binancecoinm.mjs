// Drives ccxt's binancecoinm, unchanged but for its base URL, through a COIN-M bot's life cycle against the
// BinanceErrors COIN-M sandbox, and prints one JSON object with what each step returned or raised.
// Usage: node binancecoinm.mjs <baseUrl> <apiKey> <secret>     (run by tests/BinanceErrors.Http.Tests/CcxtBinanceCoinmTests.cs)
import ccxt from 'ccxt';

const [baseUrl, apiKey, secret] = process.argv.slice(2);
if (!baseUrl || !apiKey || !secret) {
    console.error('usage: node binancecoinm.mjs <baseUrl> <apiKey> <secret>');
    process.exit(2);
}

const root = baseUrl.replace(/\/$/, '');
const exchange = new ccxt.binancecoinm({ apiKey, secret, options: { fetchCurrencies: false } });
for (const [name, version] of [['dapiPublic', 'v1'], ['dapiPrivate', 'v1'], ['dapiPrivateV2', 'v2']]) {
    exchange.urls.api[name] = `${root}/dapi/${version}`;
}

const result = { version: ccxt.version, steps: {} };
async function step(name, run) {
    try {
        result.steps[name] = await run();
    } catch (e) {
        result.steps[name] = { raised: e.constructor.name, message: e.message };
    }
}

const symbol = 'BTC/USD:BTC';
await step('loadMarkets', async () => {
    const markets = await exchange.loadMarkets();
    const btc = markets[symbol];
    return { count: Object.keys(markets).length, btcInverse: btc?.inverse === true, contractSize: btc?.contractSize, settle: btc?.settle };
});
await step('fetchBalance', async () => (await exchange.fetchBalance()).total.BTC);
await step('setLeverage', async () => (await exchange.setLeverage(10, symbol)).leverage);
await step('limitOrder', async () => {
    const order = await exchange.createOrder(symbol, 'limit', 'buy', 3, 94000);
    return { id: order.id, status: order.status, price: order.price, amount: order.amount };
});
await step('fetchOrder', async () => {
    const open = await exchange.fetchOpenOrders(symbol);
    const order = await exchange.fetchOrder(open[0].id, symbol);
    return { open: open.length, status: order.status, amount: order.amount };
});
await step('cancelOrder', async () => {
    const open = await exchange.fetchOpenOrders(symbol);
    const cancelled = await exchange.cancelOrder(open[0].id, symbol);
    return { status: cancelled.status, left: (await exchange.fetchOpenOrders(symbol)).length };
});
await step('marketOrder', async () => {
    const order = await exchange.createOrder(symbol, 'market', 'buy', 10, undefined, { newOrderRespType: 'RESULT' });
    return { status: order.status, filled: order.filled, average: order.average, cost: order.cost };
});
await step('fetchPositions', async () => (await exchange.fetchPositions([symbol])).filter(p => p.contracts).map(p => ({ side: p.side, contracts: p.contracts, entryPrice: p.entryPrice, contractSize: p.contractSize })));
await step('reduceOnlyOrder', async () => {
    const order = await exchange.createOrder(symbol, 'market', 'sell', 10, undefined, { reduceOnly: true, newOrderRespType: 'RESULT' });
    return { status: order.status, reduceOnly: order.reduceOnly };
});
await step('postOnlyThatWouldTake', async () => {
    const order = await exchange.createOrder(symbol, 'limit', 'buy', 1, 95100, { postOnly: true, newOrderRespType: 'RESULT' });
    return { status: order.status, postOnly: order.postOnly };
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
    // 25,000 contracts of 100 USD at 91,000 and 10x hold about 2.7 BTC of margin; the account has 1 BTC.
    await expect('-2019', () => exchange.createOrder(symbol, 'limit', 'buy', 25000, 91000));
    await expect('-2022', () => exchange.createOrder(symbol, 'market', 'sell', 1, undefined, { reduceOnly: true }));
    await expect('-2013', () => exchange.fetchOrder('123456', symbol));
    return classes;
}

// ccxt picks its COIN-M error table by the URL's host (https://dapi.binance.com/…); at any other base URL it uses
// the shared table only. First as shipped, then with that host test answering "inverse", as it does on dapi.binance.com.
result.errors = await errorClasses();
exchange.getExceptionsByUrl = (url, exactOrBroad) => exchange.safeDict(exchange.safeDict(exchange.exceptions, 'inverse', {}), exactOrBroad, {});
result.errorsAsOnDapi = await errorClasses();

console.log(JSON.stringify(result));
