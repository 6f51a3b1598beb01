namespace BinanceErrors.Http;

/// <summary>Where <see cref="SqliteBinanceOrderJournal"/> keeps its file.</summary>
public sealed class BinanceOrderJournalOptions
{
    /// <summary>The SQLite file; created with its directory's permissions when missing.</summary>
    /// <value>The default value is <c>binance-orders.db</c> in the working directory.</value>
    public string Path { get; set; } = "binance-orders.db";
}
