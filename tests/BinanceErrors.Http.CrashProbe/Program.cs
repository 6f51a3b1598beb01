using BinanceErrors.Http;
using BinanceErrors.Http.CrashProbe;

// Places one order through the pipeline with a journal and stops dead at the step it is told to, announcing it on
// stdout ("AT <step>") so the test can SIGKILL it there. Usage: <baseAddress> <journal> <step> <clientOrderId>
// Steps: before-intent, after-intent, after-request-left (announced when the request starts; the test waits for the
// sandbox to hold the order), after-answer, none.
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: <baseAddress> <journal> <step> <clientOrderId>");
    return 2;
}

var (baseAddress, journalPath, step, clientOrderId) = (new Uri(args[0]), args[1], args[2], args[3]);
var stop = new StepGate(step);
using var journal = new SqliteBinanceOrderJournal(new BinanceOrderJournalOptions { Path = journalPath });
var options = new BinanceClientOptions
{
    Credentials = BinanceCredentials.Hmac("sandboxkey", "sandbox-secret"),
    RecvWindow = TimeSpan.FromSeconds(1),
    AttemptTimeout = TimeSpan.FromMinutes(2),
    OrderJournal = new GatedJournal(journal, stop),
};
using var client = BinanceHttpClientFactory.Create(baseAddress, options, new GatedWire(new SocketsHttpHandler(), stop));
using (var time = await client.GetAsync("/api/v3/time"))
{
    time.EnsureSuccessStatusCode();
}

stop.At("before-intent");
using var response = await client.PostAsync($"/api/v3/order?symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&newClientOrderId={clientOrderId}", null);
Console.WriteLine($"DONE {(int)response.StatusCode}");
return 0;
