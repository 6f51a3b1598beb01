namespace BinanceErrors.Tests;

/// <summary>The toolkit's exception base: the three constructors every exception type offers, as <see cref="Exception"/> has them.</summary>
public sealed class BinanceExceptionTests
{
    [Fact]
    public void Constructors_KeepMessageAndCause()
    {
        new BinanceException().Message.ShouldBe(new Exception().Message.Replace("System.Exception", typeof(BinanceException).FullName, StringComparison.Ordinal));
        new BinanceException("halted").Message.ShouldBe("halted");
        new BinanceException(null).Message.ShouldNotBeNullOrEmpty();
        var cause = new TimeoutException("late");
        var wrapped = new BinanceException("outcome unknown", cause);
        wrapped.Message.ShouldBe("outcome unknown");
        wrapped.InnerException.ShouldBeSameAs(cause);
        new BinanceException("no cause", null).InnerException.ShouldBeNull();
        new BinanceException().ShouldBeAssignableTo<Exception>();
    }
}
