using System.Text;

namespace BinanceErrors.Tests.Classification;

// The classifier keeps a matched message's placeholder values inline and builds Message and Arguments only when they
// are read. These tests hold the lazy form to what the eager one gave: the exact text received, the same arguments,
// value equality, and copies that change the template.
public sealed class CapturedArgumentTests
{
    // Spot -1003 ban text as documented in the Spot error-code list.
    private const string BanMessage = "Way too much request weight used; IP banned until 1763700000000. Please use WebSocket Streams for live updates to avoid bans.";

    private static BinanceError Classify(string message, int code = -1003, int status = 418) =>
        BinanceErrorClassifier.Classify(BinanceVenue.Spot, status, Encoding.UTF8.GetBytes($$"""{"code":{{code}},"msg":"{{message}}"}"""));

    [Fact]
    public void Classify_BanMessage_MessageAndArgumentsAreWhatWasReceived()
    {
        var error = Classify(BanMessage);

        error.Message.ShouldBe(BanMessage);
        error.Arguments.ShouldBe([new TemplateArgument("bannedUntil", "1763700000000")]);
        error.GetArgument("bannedUntil").ShouldBe("1763700000000");
        error.BannedUntil.ShouldBe(DateTimeOffset.FromUnixTimeMilliseconds(1763700000000));
        error.Message.ShouldBeSameAs(error.Message);
        error.Arguments.ShouldBeSameAs(error.Arguments);
    }

    [Fact]
    public void Classify_MessageDifferingFromTheTemplateInSpacing_KeepsTheTextAsReceived()
    {
        var received = BanMessage.Replace("used; IP", "used;  IP", StringComparison.Ordinal).Replace("bans.", "bans", StringComparison.Ordinal);

        var error = Classify(received);

        error.Template.ShouldNotBeNull();
        error.Message.ShouldBe(received);
        error.Arguments.ShouldBe([new TemplateArgument("bannedUntil", "1763700000000")]);
    }

    [Fact]
    public void Classify_ValuesTooLongToKeepInline_GiveTheSameArguments()
    {
        var range = "a-z, A-Z, 0-9, underscore, dash, dot and the at sign";
        var message = $"Illegal characters found in parameter 'newClientOrderId'; legal range is '{range}'.";

        var error = Classify(message, -1100, 400);

        error.Message.ShouldBe(message);
        error.Arguments.Select(a => a.Value).ShouldBe(["newClientOrderId", range]);
    }

    [Fact]
    public void Equals_UnreadClassifications_ComparedByValueWithoutReadingThem()
    {
        var first = Classify(BanMessage);
        var second = Classify(BanMessage);
        var later = Classify(BanMessage.Replace("1763700000000", "1763700000001", StringComparison.Ordinal));

        first.ShouldBe(second);
        first.ShouldNotBe(later);
        first.GetHashCode().ShouldBe(second.GetHashCode());

        // One side read (strings built), the other not: still equal.
        _ = first.Message;
        _ = first.Arguments;
        first.ShouldBe(second);
        second.ShouldBe(first);
        first.GetHashCode().ShouldBe(Classify(BanMessage).GetHashCode());
    }

    [Fact]
    public void With_AnotherTemplate_KeepsMessageAndArguments()
    {
        var error = Classify(BanMessage);

        var untemplated = error with { Template = null };

        untemplated.Template.ShouldBeNull();
        untemplated.Message.ShouldBe(BanMessage);
        untemplated.Arguments.ShouldBe([new TemplateArgument("bannedUntil", "1763700000000")]);
        untemplated.ShouldNotBe(error);
    }

    [Fact]
    public void With_NewMessage_KeepsArguments()
    {
        var error = Classify(BanMessage);

        var renamed = error with { Message = "changed" };

        renamed.Message.ShouldBe("changed");
        renamed.Arguments.ShouldBe(error.Arguments);
        error.Message.ShouldBe(BanMessage);
    }
}
