namespace BinanceErrors;

/// <summary>
/// One constant per USDⓈ-M futures (<c>/fapi</c>) error code, named after the code's NAME (or its alias where the
/// official page reuses a NAME by mistake). Futures numbers mean other things on Spot and COIN-M, so use these only for
/// <see cref="BinanceVenue.UsdMFutures"/> errors; a test keeps this class equal to the catalog data.
/// </summary>
public static class UsdMFuturesErrorCodes
{
    #region 10xx - General Server or Network issues

    /// <summary>-1000 <c>UNKNOWN</c>: The exchange hit an error it could not describe while handling the request.</summary>
    public const int Unknown = -1000;

    /// <summary>-1001 <c>DISCONNECTED</c>: An internal connection inside the exchange dropped, so the request was not processed.</summary>
    public const int Disconnected = -1001;

    /// <summary>-1002 <c>UNAUTHORIZED</c>: The credentials sent are not allowed to call this endpoint.</summary>
    public const int Unauthorized = -1002;

    /// <summary>-1003 <c>TOO_MANY_REQUESTS</c>: Your IP sent too many requests, or is banned for having done so repeatedly.</summary>
    public const int TooManyRequests = -1003;

    /// <summary>-1004 <c>DUPLICATE_IP</c>: The IP is already on the API key's whitelist.</summary>
    public const int DuplicateIp = -1004;

    /// <summary>-1005 <c>NO_SUCH_IP</c>: The IP to remove is not on the whitelist.</summary>
    public const int NoSuchIp = -1005;

    /// <summary>-1006 <c>UNEXPECTED_RESP</c>: The API got an unexpected answer from the matching engine; whether your request executed is unknown.</summary>
    public const int UnexpectedResp = -1006;

    /// <summary>-1007 <c>TIMEOUT</c>: The API gave up waiting for the matching engine; the request may or may not have executed.</summary>
    public const int Timeout = -1007;

    /// <summary>-1008 <c>Request Throttled</c>: The futures node is overloaded or throttling by system-level protection; the request was not executed.</summary>
    public const int RequestThrottled = -1008;

    /// <summary>-1010 <c>ERROR_MSG_RECEIVED</c>: The matching engine returned an error.</summary>
    public const int ErrorMsgReceived = -1010;

    /// <summary>-1011 <c>NON_WHITE_LIST</c>: This IP may not access this route.</summary>
    public const int NonWhiteList = -1011;

    /// <summary>-1013 <c>INVALID_MESSAGE</c>: The request was rejected as an invalid message before matching.</summary>
    public const int InvalidMessage = -1013;

    /// <summary>-1014 <c>UNKNOWN_ORDER_COMPOSITION</c>: This combination of order parameters is not supported.</summary>
    public const int UnknownOrderComposition = -1014;

    /// <summary>-1015 <c>TOO_MANY_ORDERS</c>: The account placed more new orders than its unfilled-order-count limit allows in the current window.</summary>
    public const int TooManyOrders = -1015;

    /// <summary>-1016 <c>SERVICE_SHUTTING_DOWN</c>: This service is being shut down or is no longer offered.</summary>
    public const int ServiceShuttingDown = -1016;

    /// <summary>-1020 <c>UNSUPPORTED_OPERATION</c>: The operation is not supported here.</summary>
    public const int UnsupportedOperation = -1020;

    /// <summary>-1021 <c>INVALID_TIMESTAMP</c>: The request timestamp is outside the accepted window: either too old for recvWindow or at least one second ahead of the server.</summary>
    public const int InvalidTimestamp = -1021;

    /// <summary>-1022 <c>INVALID_SIGNATURE</c>: The signature does not match the payload the server received.</summary>
    public const int InvalidSignature = -1022;

    /// <summary>-1023 <c>START_TIME_GREATER_THAN_END_TIME</c>: startTime is after endTime.</summary>
    public const int StartTimeGreaterThanEndTime = -1023;

    /// <summary>-1099 <c>NOT_FOUND</c>: The resource was not found, or the caller is not authenticated or authorised.</summary>
    public const int NotFound = -1099;

    #endregion

    #region 11xx - Request issues

    /// <summary>-1100 <c>ILLEGAL_CHARS</c>: A parameter contains characters outside its legal range.</summary>
    public const int IllegalChars = -1100;

    /// <summary>-1101 <c>TOO_MANY_PARAMETERS</c>: Too many parameters were sent, or a parameter was sent twice.</summary>
    public const int TooManyParameters = -1101;

    /// <summary>-1102 <c>MANDATORY_PARAM_EMPTY_OR_MALFORMED</c>: A mandatory parameter is missing, empty or malformed.</summary>
    public const int MandatoryParamEmptyOrMalformed = -1102;

    /// <summary>-1103 <c>UNKNOWN_PARAM</c>: A parameter the endpoint does not know was sent.</summary>
    public const int UnknownParam = -1103;

    /// <summary>-1104 <c>UNREAD_PARAMETERS</c>: Some parameters were sent but not used by the endpoint.</summary>
    public const int UnreadParameters = -1104;

    /// <summary>-1105 <c>PARAM_EMPTY</c>: A parameter was sent with an empty value.</summary>
    public const int ParamEmpty = -1105;

    /// <summary>-1106 <c>PARAM_NOT_REQUIRED</c>: A parameter was sent that this request must not carry.</summary>
    public const int ParamNotRequired = -1106;

    /// <summary>-1108 <c>BAD_ASSET</c>: The asset is not valid.</summary>
    public const int BadAsset = -1108;

    /// <summary>-1109 <c>BAD_ACCOUNT</c>: The account is not valid.</summary>
    public const int BadAccount = -1109;

    /// <summary>-1110 <c>BAD_INSTRUMENT_TYPE</c>: The symbolType is not valid.</summary>
    public const int BadInstrumentType = -1110;

    /// <summary>-1111 <c>BAD_PRECISION</c>: A value has more precision than the asset allows.</summary>
    public const int BadPrecision = -1111;

    /// <summary>-1112 <c>NO_DEPTH</c>: The order book for the symbol is empty.</summary>
    public const int NoDepth = -1112;

    /// <summary>-1113 <c>WITHDRAW_NOT_NEGATIVE</c>: A withdrawal amount had the wrong sign.</summary>
    public const int WithdrawNotNegative = -1113;

    /// <summary>-1114 <c>TIF_NOT_REQUIRED</c>: timeInForce was sent with an order type that does not take it.</summary>
    public const int TifNotRequired = -1114;

    /// <summary>-1115 <c>INVALID_TIF</c>: The timeInForce value is not valid.</summary>
    public const int InvalidTif = -1115;

    /// <summary>-1116 <c>INVALID_ORDER_TYPE</c>: The order type is not valid.</summary>
    public const int InvalidOrderType = -1116;

    /// <summary>-1117 <c>INVALID_SIDE</c>: The side is not valid.</summary>
    public const int InvalidSide = -1117;

    /// <summary>-1118 <c>EMPTY_NEW_CL_ORD_ID</c>: newClientOrderId was sent empty.</summary>
    public const int EmptyNewClOrdId = -1118;

    /// <summary>-1119 <c>EMPTY_ORG_CL_ORD_ID</c>: origClientOrderId was sent empty.</summary>
    public const int EmptyOrgClOrdId = -1119;

    /// <summary>-1120 <c>BAD_INTERVAL</c>: The interval is not valid.</summary>
    public const int BadInterval = -1120;

    /// <summary>-1121 <c>BAD_SYMBOL</c>: The symbol does not exist on this venue.</summary>
    public const int BadSymbol = -1121;

    /// <summary>-1122 <c>INVALID_SYMBOL_STATUS</c>: The symbol status value is not valid.</summary>
    public const int InvalidSymbolStatus = -1122;

    /// <summary>-1125 <c>INVALID_LISTEN_KEY</c>: The listenKey does not exist or has expired.</summary>
    public const int InvalidListenKey = -1125;

    /// <summary>-1126 <c>ASSET_NOT_SUPPORTED</c>: The asset is not supported.</summary>
    public const int AssetNotSupported = -1126;

    /// <summary>-1127 <c>MORE_THAN_XX_HOURS</c>: The requested time range is too long.</summary>
    public const int MoreThanXxHours = -1127;

    /// <summary>-1128 <c>OPTIONAL_PARAMS_BAD_COMBO</c>: The optional parameters form a combination the endpoint does not accept.</summary>
    public const int OptionalParamsBadCombo = -1128;

    /// <summary>-1130 <c>INVALID_PARAMETER</c>: A parameter's value is not valid for it.</summary>
    public const int InvalidParameter = -1130;

    /// <summary>-1136 <c>INVALID_NEW_ORDER_RESP_TYPE</c>: newOrderRespType is not valid.</summary>
    public const int InvalidNewOrderRespType = -1136;

    #endregion

    #region 20xx - Processing Issues

    /// <summary>-2010 <c>NEW_ORDER_REJECTED</c>: The matching engine rejected the new order; the message gives the reason.</summary>
    public const int NewOrderRejected = -2010;

    /// <summary>-2011 <c>CANCEL_REJECTED</c>: The cancel was rejected, typically because the order is no longer open.</summary>
    public const int CancelRejected = -2011;

    /// <summary>-2012 <c>CANCEL_ALL_FAIL</c>: A batch cancel failed.</summary>
    public const int CancelAllFail = -2012;

    /// <summary>-2013 <c>NO_SUCH_ORDER</c>: No order matches the orderId or client order id given.</summary>
    public const int NoSuchOrder = -2013;

    /// <summary>-2014 <c>BAD_API_KEY_FMT</c>: The API key header is not in a valid format.</summary>
    public const int BadApiKeyFmt = -2014;

    /// <summary>-2015 <c>REJECTED_MBX_KEY</c>: The API key is unknown, the calling IP is not whitelisted, or the key lacks the permission for this action.</summary>
    public const int RejectedMbxKey = -2015;

    /// <summary>-2016 <c>NO_TRADING_WINDOW</c>: No trading window was found for the symbol.</summary>
    public const int NoTradingWindow = -2016;

    /// <summary>-2017 <c>API_KEYS_LOCKED</c>: The account's API keys are locked.</summary>
    public const int ApiKeysLocked = -2017;

    /// <summary>-2018 <c>BALANCE_NOT_SUFFICIENT</c>: The balance does not cover the request.</summary>
    public const int BalanceNotSufficient = -2018;

    /// <summary>-2019 <c>MARGIN_NOT_SUFFICIEN</c>: The margin does not cover the order (the name's missing T is the exchange's).</summary>
    public const int MarginNotSufficien = -2019;

    /// <summary>-2020 <c>UNABLE_TO_FILL</c>: The order could not be filled.</summary>
    public const int UnableToFill = -2020;

    /// <summary>-2021 <c>ORDER_WOULD_IMMEDIATELY_TRIGGER</c>: The stop or take-profit order would trigger as soon as it is placed.</summary>
    public const int OrderWouldImmediatelyTrigger = -2021;

    /// <summary>-2022 <c>REDUCE_ONLY_REJECT</c>: The reduce-only order was rejected, typically because it conflicts with existing open orders.</summary>
    public const int ReduceOnlyReject = -2022;

    /// <summary>-2023 <c>USER_IN_LIQUIDATION</c>: The account is being liquidated.</summary>
    public const int UserInLiquidation = -2023;

    /// <summary>-2024 <c>POSITION_NOT_SUFFICIENT</c>: The position is smaller than the order tries to close.</summary>
    public const int PositionNotSufficient = -2024;

    /// <summary>-2025 <c>MAX_OPEN_ORDER_EXCEEDED</c>: The account reached the maximum number of open orders.</summary>
    public const int MaxOpenOrderExceeded = -2025;

    /// <summary>-2026 <c>REDUCE_ONLY_ORDER_TYPE_NOT_SUPPORTED</c>: This order type cannot be reduce-only.</summary>
    public const int ReduceOnlyOrderTypeNotSupported = -2026;

    /// <summary>-2027 <c>MAX_LEVERAGE_RATIO</c>: The position would exceed what the current leverage allows.</summary>
    public const int MaxLeverageRatio = -2027;

    /// <summary>-2028 <c>MIN_LEVERAGE_RATIO</c>: The leverage is too small for the margin balance.</summary>
    public const int MinLeverageRatio = -2028;

    #endregion

    #region 40xx - Filters and other Issues

    /// <summary>-4000 <c>INVALID_ORDER_STATUS</c>: The order status value is not valid.</summary>
    public const int InvalidOrderStatus = -4000;

    /// <summary>-4001 <c>PRICE_LESS_THAN_ZERO</c>: The price is negative.</summary>
    public const int PriceLessThanZero = -4001;

    /// <summary>-4002 <c>PRICE_GREATER_THAN_MAX_PRICE</c>: The price is above the symbol's maxPrice.</summary>
    public const int PriceGreaterThanMaxPrice = -4002;

    /// <summary>-4003 <c>QTY_LESS_THAN_ZERO</c>: The quantity is negative.</summary>
    public const int QtyLessThanZero = -4003;

    /// <summary>-4004 <c>QTY_LESS_THAN_MIN_QTY</c>: The quantity is below the symbol's minQty.</summary>
    public const int QtyLessThanMinQty = -4004;

    /// <summary>-4005 <c>QTY_GREATER_THAN_MAX_QTY</c>: The quantity is above the symbol's maxQty.</summary>
    public const int QtyGreaterThanMaxQty = -4005;

    /// <summary>-4006 <c>STOP_PRICE_LESS_THAN_ZERO</c>: The stop price is negative.</summary>
    public const int StopPriceLessThanZero = -4006;

    /// <summary>-4007 <c>STOP_PRICE_GREATER_THAN_MAX_PRICE</c>: The stop price is above the symbol's maxPrice.</summary>
    public const int StopPriceGreaterThanMaxPrice = -4007;

    /// <summary>-4008 <c>TICK_SIZE_LESS_THAN_ZERO</c>: A tick size below zero was configured.</summary>
    public const int TickSizeLessThanZero = -4008;

    /// <summary>-4009 <c>MAX_PRICE_LESS_THAN_MIN_PRICE</c>: A max price below the min price was configured.</summary>
    public const int MaxPriceLessThanMinPrice = -4009;

    /// <summary>-4010 <c>MAX_QTY_LESS_THAN_MIN_QTY</c>: A max quantity below the min quantity was configured.</summary>
    public const int MaxQtyLessThanMinQty = -4010;

    /// <summary>-4011 <c>STEP_SIZE_LESS_THAN_ZERO</c>: A step size below zero was configured.</summary>
    public const int StepSizeLessThanZero = -4011;

    /// <summary>-4012 <c>MAX_NUM_ORDERS_LESS_THAN_ZERO</c>: A maximum order count below zero was configured (the doc's 'mum' is the exchange's).</summary>
    public const int MaxNumOrdersLessThanZero = -4012;

    /// <summary>-4013 <c>PRICE_LESS_THAN_MIN_PRICE</c>: The price is below the symbol's minPrice.</summary>
    public const int PriceLessThanMinPrice = -4013;

    /// <summary>-4014 <c>PRICE_NOT_INCREASED_BY_TICK_SIZE</c>: The price is not a multiple of the tick size.</summary>
    public const int PriceNotIncreasedByTickSize = -4014;

    /// <summary>-4015 <c>INVALID_CL_ORD_ID_LEN</c>: The client order id is invalid or longer than 36 characters.</summary>
    public const int InvalidClOrdIdLen = -4015;

    /// <summary>-4016 <c>PRICE_HIGHTER_THAN_MULTIPLIER_UP</c>: The price is above the mark-price band (PERCENT_PRICE multiplierUp).</summary>
    public const int PriceHighterThanMultiplierUp = -4016;

    /// <summary>-4017 <c>MULTIPLIER_UP_LESS_THAN_ZERO</c>: A multiplier-up below zero was configured.</summary>
    public const int MultiplierUpLessThanZero = -4017;

    /// <summary>-4018 <c>MULTIPLIER_DOWN_LESS_THAN_ZERO</c>: A multiplier-down below zero was configured.</summary>
    public const int MultiplierDownLessThanZero = -4018;

    /// <summary>-4019 <c>COMPOSITE_SCALE_OVERFLOW</c>: The composite scale is too large.</summary>
    public const int CompositeScaleOverflow = -4019;

    /// <summary>-4020 <c>TARGET_STRATEGY_INVALID</c>: The target strategy is not valid for this order type and reduceOnly value.</summary>
    public const int TargetStrategyInvalid = -4020;

    /// <summary>-4021 <c>INVALID_DEPTH_LIMIT</c>: The depth limit is not one of the allowed values.</summary>
    public const int InvalidDepthLimit = -4021;

    /// <summary>-4022 <c>WRONG_MARKET_STATUS</c>: The market status sent is not valid.</summary>
    public const int WrongMarketStatus = -4022;

    /// <summary>-4023 <c>QTY_NOT_INCREASED_BY_STEP_SIZE</c>: The quantity is not a multiple of the step size.</summary>
    public const int QtyNotIncreasedByStepSize = -4023;

    /// <summary>-4024 <c>PRICE_LOWER_THAN_MULTIPLIER_DOWN</c>: The price is below the mark-price band (PERCENT_PRICE multiplierDown).</summary>
    public const int PriceLowerThanMultiplierDown = -4024;

    /// <summary>-4025 <c>MULTIPLIER_DECIMAL_LESS_THAN_ZERO</c>: A multiplier decimal below zero was configured.</summary>
    public const int MultiplierDecimalLessThanZero = -4025;

    /// <summary>-4026 <c>COMMISSION_INVALID</c>: A commission value is invalid (negative or out of range).</summary>
    public const int CommissionInvalid = -4026;

    /// <summary>-4027 <c>INVALID_ACCOUNT_TYPE</c>: The account type is not valid.</summary>
    public const int InvalidAccountType = -4027;

    /// <summary>-4028 <c>INVALID_LEVERAGE</c>: The leverage value is not valid or already set.</summary>
    public const int InvalidLeverage = -4028;

    /// <summary>-4029 <c>INVALID_TICK_SIZE_PRECISION</c>: The tick size precision is not valid.</summary>
    public const int InvalidTickSizePrecision = -4029;

    /// <summary>-4030 <c>INVALID_STEP_SIZE_PRECISION</c>: The step size precision is not valid.</summary>
    public const int InvalidStepSizePrecision = -4030;

    /// <summary>-4031 <c>INVALID_WORKING_TYPE</c>: workingType is not valid.</summary>
    public const int InvalidWorkingType = -4031;

    /// <summary>-4032 <c>EXCEED_MAX_CANCEL_ORDER_SIZE</c>: Too many orders in one cancel request.</summary>
    public const int ExceedMaxCancelOrderSize = -4032;

    /// <summary>-4033 <c>INSURANCE_ACCOUNT_NOT_FOUND</c>: The insurance account was not found.</summary>
    public const int InsuranceAccountNotFound = -4033;

    /// <summary>-4044 <c>INVALID_BALANCE_TYPE</c>: The balance type is not valid.</summary>
    public const int InvalidBalanceType = -4044;

    /// <summary>-4045 <c>MAX_STOP_ORDER_EXCEEDED</c>: The account reached the maximum number of open stop orders.</summary>
    public const int MaxStopOrderExceeded = -4045;

    /// <summary>-4046 <c>NO_NEED_TO_CHANGE_MARGIN_TYPE</c>: The margin type is already the one requested.</summary>
    public const int NoNeedToChangeMarginType = -4046;

    /// <summary>-4047 <c>THERE_EXISTS_OPEN_ORDERS</c>: The margin type cannot change while there are open orders.</summary>
    public const int ThereExistsOpenOrders = -4047;

    /// <summary>-4048 <c>THERE_EXISTS_QUANTITY</c>: The margin type cannot change while a position is open.</summary>
    public const int ThereExistsQuantity = -4048;

    /// <summary>-4049 <c>ADD_ISOLATED_MARGIN_REJECT</c>: Margin can only be added to isolated positions.</summary>
    public const int AddIsolatedMarginReject = -4049;

    /// <summary>-4050 <c>CROSS_BALANCE_INSUFFICIENT</c>: The cross-margin balance is insufficient.</summary>
    public const int CrossBalanceInsufficient = -4050;

    /// <summary>-4051 <c>ISOLATED_BALANCE_INSUFFICIENT</c>: The isolated-margin balance is insufficient.</summary>
    public const int IsolatedBalanceInsufficient = -4051;

    /// <summary>-4052 <c>NO_NEED_TO_CHANGE_AUTO_ADD_MARGIN</c>: Auto-add margin is already in the requested state.</summary>
    public const int NoNeedToChangeAutoAddMargin = -4052;

    /// <summary>-4053 <c>AUTO_ADD_CROSSED_MARGIN_REJECT</c>: Auto-add margin works only for isolated positions.</summary>
    public const int AutoAddCrossedMarginReject = -4053;

    /// <summary>-4054 <c>ADD_ISOLATED_MARGIN_NO_POSITION_REJECT</c>: Margin cannot be added because the position is zero.</summary>
    public const int AddIsolatedMarginNoPositionReject = -4054;

    /// <summary>-4055 <c>AMOUNT_MUST_BE_POSITIVE</c>: The amount must be positive.</summary>
    public const int AmountMustBePositive = -4055;

    /// <summary>-4056 <c>INVALID_API_KEY_TYPE</c>: The API key type is not valid for this request.</summary>
    public const int InvalidApiKeyType = -4056;

    /// <summary>-4057 <c>INVALID_RSA_PUBLIC_KEY</c>: The API public key is not valid.</summary>
    public const int InvalidRsaPublicKey = -4057;

    /// <summary>-4058 <c>MAX_PRICE_TOO_LARGE</c>: maxPrice with priceDecimal is too large.</summary>
    public const int MaxPriceTooLarge = -4058;

    /// <summary>-4059 <c>NO_NEED_TO_CHANGE_POSITION_SIDE</c>: The position mode is already the one requested.</summary>
    public const int NoNeedToChangePositionSide = -4059;

    /// <summary>-4060 <c>INVALID_POSITION_SIDE</c>: positionSide is not valid.</summary>
    public const int InvalidPositionSide = -4060;

    /// <summary>-4061 <c>POSITION_SIDE_NOT_MATCH</c>: positionSide does not match the account's position mode.</summary>
    public const int PositionSideNotMatch = -4061;

    /// <summary>-4062 <c>REDUCE_ONLY_CONFLICT</c>: reduceOnly has an invalid or improper value for this order.</summary>
    public const int ReduceOnlyConflict = -4062;

    /// <summary>-4063 <c>INVALID_OPTIONS_REQUEST_TYPE</c>: Options: the request type is not valid.</summary>
    public const int InvalidOptionsRequestType = -4063;

    /// <summary>-4064 <c>INVALID_OPTIONS_TIME_FRAME</c>: Options: the time frame is not valid.</summary>
    public const int InvalidOptionsTimeFrame = -4064;

    /// <summary>-4065 <c>INVALID_OPTIONS_AMOUNT</c>: Options: the amount is not valid.</summary>
    public const int InvalidOptionsAmount = -4065;

    /// <summary>-4066 <c>INVALID_OPTIONS_EVENT_TYPE</c>: Options: the event type is not valid.</summary>
    public const int InvalidOptionsEventType = -4066;

    /// <summary>-4067 <c>POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS</c>: The position mode cannot change while orders are open.</summary>
    public const int PositionSideChangeExistsOpenOrders = -4067;

    /// <summary>-4068 <c>POSITION_SIDE_CHANGE_EXISTS_QUANTITY</c>: The position mode cannot change while positions are open.</summary>
    public const int PositionSideChangeExistsQuantity = -4068;

    /// <summary>-4069 <c>INVALID_OPTIONS_PREMIUM_FEE</c>: Options: the premium fee is not valid.</summary>
    public const int InvalidOptionsPremiumFee = -4069;

    /// <summary>-4070 <c>INVALID_CL_OPTIONS_ID_LEN</c>: Options: the client options id is invalid or too long.</summary>
    public const int InvalidClOptionsIdLen = -4070;

    /// <summary>-4071 <c>INVALID_OPTIONS_DIRECTION</c>: Options: the direction is not valid.</summary>
    public const int InvalidOptionsDirection = -4071;

    /// <summary>-4072 <c>OPTIONS_PREMIUM_NOT_UPDATE</c>: Options: the premium fee has not been updated, so the order was rejected.</summary>
    public const int OptionsPremiumNotUpdate = -4072;

    /// <summary>-4073 <c>OPTIONS_PREMIUM_INPUT_LESS_THAN_ZERO</c>: Options: the input premium fee is negative.</summary>
    public const int OptionsPremiumInputLessThanZero = -4073;

    /// <summary>-4074 <c>OPTIONS_AMOUNT_BIGGER_THAN_UPPER</c>: Options: the amount is out of bounds.</summary>
    public const int OptionsAmountBiggerThanUpper = -4074;

    /// <summary>-4075 <c>OPTIONS_PREMIUM_OUTPUT_ZERO</c>: Options: the computed premium fee is negative.</summary>
    public const int OptionsPremiumOutputZero = -4075;

    /// <summary>-4076 <c>OPTIONS_PREMIUM_TOO_DIFF</c>: Options: the premium moved too far from the last fee.</summary>
    public const int OptionsPremiumTooDiff = -4076;

    /// <summary>-4077 <c>OPTIONS_PREMIUM_REACH_LIMIT</c>: Options: the order amount reached its limit.</summary>
    public const int OptionsPremiumReachLimit = -4077;

    /// <summary>-4078 <c>OPTIONS_COMMON_ERROR</c>: Options: internal error.</summary>
    public const int OptionsCommonError = -4078;

    /// <summary>-4079 <c>INVALID_OPTIONS_ID</c>: Options: the options id is invalid or duplicated.</summary>
    public const int InvalidOptionsId = -4079;

    /// <summary>-4080 <c>OPTIONS_USER_NOT_FOUND</c>: Options: the user was not found.</summary>
    public const int OptionsUserNotFound = -4080;

    /// <summary>-4081 <c>OPTIONS_NOT_FOUND</c>: Options: the options contract was not found.</summary>
    public const int OptionsNotFound = -4081;

    /// <summary>-4082 <c>INVALID_BATCH_PLACE_ORDER_SIZE</c>: The number of orders in the batch is not allowed.</summary>
    public const int InvalidBatchPlaceOrderSize = -4082;

    /// <summary>-4083 <c>PLACE_BATCH_ORDERS_FAIL</c>: The batch order placement failed.</summary>
    public const int PlaceBatchOrdersFail = -4083;

    /// <summary>-4084 <c>UPCOMING_METHOD</c>: The method is not available yet.</summary>
    public const int UpcomingMethod = -4084;

    /// <summary>-4085 <c>INVALID_NOTIONAL_LIMIT_COEF</c>: The notional limit coefficient is not valid.</summary>
    public const int InvalidNotionalLimitCoef = -4085;

    /// <summary>-4086 <c>INVALID_PRICE_SPREAD_THRESHOLD</c>: The price spread threshold is not valid.</summary>
    public const int InvalidPriceSpreadThreshold = -4086;

    /// <summary>-4087 <c>REDUCE_ONLY_ORDER_PERMISSION</c>: The account may only place reduce-only orders.</summary>
    public const int ReduceOnlyOrderPermission = -4087;

    /// <summary>-4088 <c>NO_PLACE_ORDER_PERMISSION</c>: The account may not place orders at the moment.</summary>
    public const int NoPlaceOrderPermission = -4088;

    /// <summary>-4104 <c>INVALID_CONTRACT_TYPE</c>: The contract type is not valid.</summary>
    public const int InvalidContractType = -4104;

    /// <summary>-4109 <c>INACTIVE_ACCOUNT</c>: The futures account is inactive.</summary>
    public const int InactiveAccount = -4109;

    /// <summary>-4114 <c>INVALID_CLIENT_TRAN_ID_LEN</c>: clientTranId is invalid or 64 characters or longer.</summary>
    public const int InvalidClientTranIdLen = -4114;

    /// <summary>-4115 <c>DUPLICATED_CLIENT_TRAN_ID</c>: clientTranId was already used in the last 7 days.</summary>
    public const int DuplicatedClientTranId = -4115;

    /// <summary>-4116 <c>DUPLICATED_CLIENT_ORDER_ID</c>: The client order id is already in use.</summary>
    public const int DuplicatedClientOrderId = -4116;

    /// <summary>-4117 <c>STOP_ORDER_TRIGGERING</c>: The stop order is currently triggering.</summary>
    public const int StopOrderTriggering = -4117;

    /// <summary>-4118 <c>REDUCE_ONLY_MARGIN_CHECK_FAILED</c>: The reduce-only order, with an open order on the same side, would flip the position and lack margin.</summary>
    public const int ReduceOnlyMarginCheckFailed = -4118;

    /// <summary>-4120 <c>STOP_ORDER_SWITCH_ALGO</c>: Since the Algo Service migration, POST /fapi/v1/order and /fapi/v1/batchOrders refuse STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET and TRAILING_STOP_MARKET orders.</summary>
    public const int StopOrderSwitchAlgo = -4120;

    /// <summary>-4131 <c>MARKET_ORDER_REJECT</c>: The best counterparty price breaks the PERCENT_PRICE limit for a MARKET order.</summary>
    public const int MarketOrderReject = -4131;

    /// <summary>-4135 <c>INVALID_ACTIVATION_PRICE</c>: The trailing stop activation price is not valid.</summary>
    public const int InvalidActivationPrice = -4135;

    /// <summary>-4137 <c>QUANTITY_EXISTS_WITH_CLOSE_POSITION</c>: A quantity was sent with closePosition=true.</summary>
    public const int QuantityExistsWithClosePosition = -4137;

    /// <summary>-4138 <c>REDUCE_ONLY_MUST_BE_TRUE</c>: closePosition=true requires reduceOnly=true.</summary>
    public const int ReduceOnlyMustBeTrue = -4138;

    /// <summary>-4139 <c>ORDER_TYPE_CANNOT_BE_MKT</c>: A non-cancellable order cannot be MARKET.</summary>
    public const int OrderTypeCannotBeMkt = -4139;

    /// <summary>-4140 <c>INVALID_OPENING_POSITION_STATUS</c>: The symbol's status does not allow opening positions.</summary>
    public const int InvalidOpeningPositionStatus = -4140;

    /// <summary>-4141 <c>SYMBOL_ALREADY_CLOSED</c>: The symbol is closed.</summary>
    public const int SymbolAlreadyClosed = -4141;

    /// <summary>-4142 <c>STRATEGY_INVALID_TRIGGER_PRICE</c>: The take-profit or stop order would trigger immediately.</summary>
    public const int StrategyInvalidTriggerPrice = -4142;

    /// <summary>-4144 <c>INVALID_PAIR</c>: The pair is not valid.</summary>
    public const int InvalidPair = -4144;

    /// <summary>-4161 <c>ISOLATED_LEVERAGE_REJECT_WITH_POSITION</c>: Leverage cannot be lowered in isolated mode with an open position.</summary>
    public const int IsolatedLeverageRejectWithPosition = -4161;

    /// <summary>-4164 <c>MIN_NOTIONAL</c>: The order's notional is below the minimum (reduce-only orders are exempt).</summary>
    public const int MinNotional = -4164;

    /// <summary>-4165 <c>INVALID_TIME_INTERVAL</c>: The time interval is not valid or too long.</summary>
    public const int InvalidTimeInterval = -4165;

    /// <summary>-4167 <c>ISOLATED_REJECT_WITH_JOINT_MARGIN</c>: Multi-Assets mode cannot be enabled while symbols use isolated margin.</summary>
    public const int IsolatedRejectWithJointMargin = -4167;

    /// <summary>-4168 <c>JOINT_MARGIN_REJECT_WITH_ISOLATED</c>: Isolated margin cannot be used in Multi-Assets mode.</summary>
    public const int JointMarginRejectWithIsolated = -4168;

    /// <summary>-4169 <c>JOINT_MARGIN_REJECT_WITH_MB</c>: Multi-Assets mode cannot change with insufficient margin balance.</summary>
    public const int JointMarginRejectWithMb = -4169;

    /// <summary>-4170 <c>JOINT_MARGIN_REJECT_WITH_OPEN_ORDER</c>: Multi-Assets mode cannot change with open orders.</summary>
    public const int JointMarginRejectWithOpenOrder = -4170;

    /// <summary>-4171 <c>NO_NEED_TO_CHANGE_JOINT_MARGIN</c>: The asset mode is already the one requested.</summary>
    public const int NoNeedToChangeJointMargin = -4171;

    /// <summary>-4172 <c>JOINT_MARGIN_REJECT_WITH_NEGATIVE_BALANCE</c>: Multi-Assets mode cannot change with a negative wallet balance.</summary>
    public const int JointMarginRejectWithNegativeBalance = -4172;

    /// <summary>-4183 <c>ISOLATED_REJECT_WITH_JOINT_MARGIN</c>: Multi-Assets mode cannot be enabled while symbols use isolated margin.</summary>
    public const int PriceHighterThanStopMultiplierUp = -4183;

    /// <summary>-4184 <c>PRICE_LOWER_THAN_STOP_MULTIPLIER_DOWN</c>: The limit price is below the floor derived from the stop price.</summary>
    public const int PriceLowerThanStopMultiplierDown = -4184;

    /// <summary>-4192 <c>COOLING_OFF_PERIOD</c>: Trading is forbidden during a cooling-off period.</summary>
    public const int CoolingOffPeriod = -4192;

    /// <summary>-4202 <c>ADJUST_LEVERAGE_KYC_FAILED</c>: Leverage above 20x needs intermediate identity verification.</summary>
    public const int AdjustLeverageKycFailed = -4202;

    /// <summary>-4203 <c>ADJUST_LEVERAGE_ONE_MONTH_FAILED</c>: Leverage above 20x is available only a month after registration.</summary>
    public const int AdjustLeverageOneMonthFailed = -4203;

    /// <summary>-4205 <c>ADJUST_LEVERAGE_X_DAYS_FAILED</c>: Leverage above 20x is available only some days after futures registration.</summary>
    public const int AdjustLeverageXDaysFailed = -4205;

    /// <summary>-4206 <c>ADJUST_LEVERAGE_KYC_LIMIT</c>: Leverage is capped for users in your country.</summary>
    public const int AdjustLeverageKycLimit = -4206;

    /// <summary>-4208 <c>ADJUST_LEVERAGE_ACCOUNT_SYMBOL_FAILED</c>: With the position-limit adjustment service, symbol leverage cannot exceed 20x.</summary>
    public const int AdjustLeverageAccountSymbolFailed = -4208;

    /// <summary>-4209 <c>ADJUST_LEVERAGE_SYMBOL_FAILED</c>: The leverage exceeds the symbol's maximum.</summary>
    public const int AdjustLeverageSymbolFailed = -4209;

    /// <summary>-4210 <c>STOP_PRICE_HIGHER_THAN_PRICE_MULTIPLIER_LIMIT</c>: The stop price is above the cap derived from the price.</summary>
    public const int StopPriceHigherThanPriceMultiplierLimit = -4210;

    /// <summary>-4211 <c>STOP_PRICE_LOWER_THAN_PRICE_MULTIPLIER_LIMIT</c>: The stop price is below the floor derived from the price.</summary>
    public const int StopPriceLowerThanPriceMultiplierLimit = -4211;

    /// <summary>-4400 <c>TRADING_QUANTITATIVE_RULE</c>: Quantitative trading rules were violated; only reduce-only orders are allowed for now.</summary>
    public const int TradingQuantitativeRule = -4400;

    /// <summary>-4401 <c>LARGE_POSITION_SYM_RULE</c>: Large-position risk rules were violated; only reduce-only orders are allowed.</summary>
    public const int LargePositionSymRule = -4401;

    /// <summary>-4402 <c>COMPLIANCE_BLACK_SYMBOL_RESTRICTION</c>: The feature is not available in your region.</summary>
    public const int ComplianceBlackSymbolRestriction = -4402;

    /// <summary>-4403 <c>ADJUST_LEVERAGE_COMPLIANCE_FAILED</c>: Leverage is capped in your region.</summary>
    public const int AdjustLeverageComplianceFailed = -4403;

    #endregion

    #region 50xx - Order Execution Issues

    /// <summary>-5021 <c>FOK_ORDER_REJECT</c>: The FOK order could not be filled in full at once, so it was rejected.</summary>
    public const int FokOrderReject = -5021;

    /// <summary>-5022 <c>GTX_ORDER_REJECT</c>: The post-only (GTX) order would have traded as taker, so it was rejected.</summary>
    public const int GtxOrderReject = -5022;

    /// <summary>-5024 <c>MOVE_ORDER_NOT_ALLOWED_SYMBOL_REASON</c>: The symbol is not trading, so orders cannot be modified.</summary>
    public const int MoveOrderNotAllowedSymbolReason = -5024;

    /// <summary>-5025 <c>LIMIT_ORDER_ONLY</c>: Only limit orders can be modified.</summary>
    public const int LimitOrderOnly = -5025;

    /// <summary>-5026 <c>Exceed_Maximum_Modify_Order_Limit</c>: The order was modified too many times.</summary>
    public const int ExceedMaximumModifyOrderLimit = -5026;

    /// <summary>-5027 <c>SAME_ORDER</c>: The modification would not change the order.</summary>
    public const int SameOrder = -5027;

    /// <summary>-5028 <c>ME_RECVWINDOW_REJECT</c>: The request was older than recvWindow by the time it reached the matching engine.</summary>
    public const int MeRecvwindowReject = -5028;

    /// <summary>-5029 <c>MODIFICATION_MIN_NOTIONAL</c>: The modified order's notional is below the minimum.</summary>
    public const int ModificationMinNotional = -5029;

    /// <summary>-5037 <c>INVALID_PRICE_MATCH</c>: priceMatch is not valid.</summary>
    public const int InvalidPriceMatch = -5037;

    /// <summary>-5038 <c>UNSUPPORTED_ORDER_TYPE_PRICE_MATCH</c>: priceMatch works only with LIMIT, STOP and TAKE_PROFIT.</summary>
    public const int UnsupportedOrderTypePriceMatch = -5038;

    /// <summary>-5039 <c>INVALID_SELF_TRADE_PREVENTION_MODE</c>: The self-trade prevention mode is not valid.</summary>
    public const int InvalidSelfTradePreventionMode = -5039;

    /// <summary>-5040 <c>FUTURE_GOOD_TILL_DATE</c>: goodTillDate must be more than 600 s in the future and before 9999-12-31.</summary>
    public const int FutureGoodTillDate = -5040;

    /// <summary>-5041 <c>BBO_ORDER_REJECT</c>: There is no depth to match this BBO order.</summary>
    public const int BboOrderReject = -5041;

    /// <summary>-5043 <c>Existing_Pending_Modification</c>: A modification of this order is already pending.</summary>
    public const int ExistingPendingModification = -5043;

    #endregion
}
