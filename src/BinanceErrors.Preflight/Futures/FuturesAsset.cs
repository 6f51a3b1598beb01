namespace BinanceErrors.Preflight.Futures;

/// <summary>One entry of exchangeInfo <c>assets</c>: whether the asset can be margin in Multi-Assets mode.</summary>
/// <param name="Asset">The asset, e.g. <c>USDT</c>.</param>
/// <param name="MarginAvailable">Whether it can be used as margin in Multi-Assets mode.</param>
/// <param name="AutoAssetExchange">The auto-exchange threshold, or <see langword="null"/> when the document sends <c>null</c>.</param>
public sealed record FuturesAsset(string Asset, bool MarginAvailable, decimal? AutoAssetExchange);
