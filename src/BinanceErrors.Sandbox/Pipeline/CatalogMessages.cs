namespace BinanceErrors.Sandbox.Pipeline;

/// <summary>Error texts straight from the catalog, so the sandbox says exactly what the exchange (and the classifier) knows.</summary>
internal sealed class CatalogMessages(BinanceVenue venue)
{
    public BinanceVenue Venue { get; } = venue;

    /// <summary>The code's first server text with <paramref name="values"/> in its placeholders.</summary>
    public string Text(int code, params string[] values)
    {
        var template = BinanceErrorCatalog.FindServerMessage(Venue, code, values.Length)
            ?? throw new InvalidOperationException($"{code} has no server text with {values.Length} placeholders.");
        return template.Format(values);
    }

    /// <summary>The code's server text whose placeholders carry these names (to pick one of several same-sized templates).</summary>
    public string TextFor(int code, string[] argumentNames, params string[] values)
    {
        var definition = BinanceErrorCatalog.Lookup(Venue, code).Definition ?? BinanceErrorCatalog.Lookup(BinanceVenue.Spot, code).Definition!;
        var template = definition.Messages.First(m => m.Form == MessageForm.Server && m.ArgumentNames.SequenceEqual(argumentNames));
        return template.Format(values);
    }

    public SandboxRejection Reject(int code, params string[] values) => new(400, code, Text(code, values));

    /// <summary>
    /// <paramref name="observed"/> when the catalog lists it for the code on this venue (in any form, e.g. the wording
    /// the exchange was seen sending where its error page words it longer); the code's first server text otherwise.
    /// </summary>
    public SandboxRejection RejectAs(int code, string observed)
    {
        var definition = BinanceErrorCatalog.Lookup(Venue, code).Definition;
        var text = definition?.Messages.Any(m => m.Text == observed) == true ? observed : Text(code);
        return new SandboxRejection(400, code, text);
    }

    public SandboxRejection Engine(MatchingEngineReason reason, int code = BinanceErrorCodes.NewOrderRejected)
    {
        return new SandboxRejection(400, code, BinanceErrorCatalog.FindMatchingEngineMessage(Venue, reason)!.Template.Text);
    }
}
