namespace BinanceErrors.Http.CrashProbe;

/// <summary>The network handler, announcing when the order request leaves and stopping when its answer has come.</summary>
internal sealed class GatedWire(HttpMessageHandler inner, StepGate gate) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isOrder = request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == "/api/v3/order";
        if (isOrder)
        {
            // The request is about to leave; the test kills the process once the sandbox holds the order.
            var sending = base.SendAsync(request, cancellationToken);
            gate.AnnounceOnly("after-request-left");
            var response = await sending;
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            gate.At("after-answer");
            return response;
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
