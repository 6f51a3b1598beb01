namespace BinanceErrors;

/// <summary>
/// One constant per Binance Spot error code (also the Spot testnet's), named after the code's NAME. Use them in
/// <c>catch (BinanceApiException e) when (e.Code == BinanceErrorCodes.InsufficientBalance…)</c> instead of bare numbers;
/// a test keeps this class equal to the catalog data.
/// </summary>
public static class BinanceErrorCodes
{
    #region 10xx - General Server or Network issues

    /// <summary>-1000 <c>UNKNOWN</c>: The exchange hit an error it could not describe while handling the request.</summary>
    public const int Unknown = -1000;

    /// <summary>-1001 <c>DISCONNECTED</c>: An internal connection inside the exchange dropped, so the request was not processed.</summary>
    public const int Disconnected = -1001;

    /// <summary>-1002 <c>UNAUTHORIZED</c>: The credentials sent are not allowed to call this endpoint.</summary>
    public const int Unauthorized = -1002;

    /// <summary>-1003 <c>TOO_MANY_REQUESTS</c>: Your IP went over a request-weight or raw-request limit, or is banned for having done so repeatedly.</summary>
    public const int TooManyRequests = -1003;

    /// <summary>-1006 <c>UNEXPECTED_RESP</c>: The API got an unexpected answer from the matching engine; whether your request executed is unknown.</summary>
    public const int UnexpectedResp = -1006;

    /// <summary>-1007 <c>TIMEOUT</c>: The API gave up waiting for the matching engine; the request may or may not have executed.</summary>
    public const int Timeout = -1007;

    /// <summary>-1008 <c>SERVER_BUSY</c>: The exchange is overloaded and refused the request before processing it.</summary>
    public const int ServerBusy = -1008;

    /// <summary>-1010 <c>ERROR_MSG_RECEIVED</c>: The matching engine sent back an error; the message text says which one.</summary>
    public const int ErrorMessageReceived = -1010;

    /// <summary>-1013 <c>INVALID_MESSAGE</c>: The API rejected the request before it reached the matching engine, usually because an order broke a symbol filter.</summary>
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

    /// <summary>-1033 <c>COMP_ID_IN_USE</c>: FIX: another session of the same account already uses this SenderCompId.</summary>
    public const int CompIdInUse = -1033;

    /// <summary>-1034 <c>TOO_MANY_CONNECTIONS</c>: Too many concurrent connections or connection attempts for this account or IP.</summary>
    public const int TooManyConnections = -1034;

    /// <summary>-1035 <c>LOGGED_OUT</c>: FIX: the server asks you to log out to close the session.</summary>
    public const int LoggedOut = -1035;

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

    /// <summary>-1108 <c>PARAM_OVERFLOW</c>: A numeric parameter is too large to represent.</summary>
    public const int ParamOverflow = -1108;

    /// <summary>-1111 <c>BAD_PRECISION</c>: A price or quantity has more decimal places than the symbol allows.</summary>
    public const int BadPrecision = -1111;

    /// <summary>-1112 <c>NO_DEPTH</c>: The order book for the symbol is empty.</summary>
    public const int NoDepth = -1112;

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

    /// <summary>-1122 <c>INVALID_SYMBOLSTATUS</c>: The symbolStatus value is not valid.</summary>
    public const int InvalidSymbolStatus = -1122;

    /// <summary>-1125 <c>INVALID_LISTEN_KEY</c>: The listenKey does not exist or has expired.</summary>
    public const int InvalidListenKey = -1125;

    /// <summary>-1127 <c>MORE_THAN_XX_HOURS</c>: The requested time range is too long.</summary>
    public const int MoreThanXxHours = -1127;

    /// <summary>-1128 <c>OPTIONAL_PARAMS_BAD_COMBO</c>: The optional parameters form a combination the endpoint does not accept.</summary>
    public const int OptionalParamsBadCombo = -1128;

    /// <summary>-1130 <c>INVALID_PARAMETER</c>: A parameter's value is not valid for it.</summary>
    public const int InvalidParameter = -1130;

    /// <summary>-1134 <c>BAD_STRATEGY_TYPE</c>: strategyType is below the minimum of 1000000.</summary>
    public const int BadStrategyType = -1134;

    /// <summary>-1135 <c>INVALID_JSON</c>: A JSON parameter could not be parsed.</summary>
    public const int InvalidJson = -1135;

    /// <summary>-1139 <c>INVALID_TICKER_TYPE</c>: The ticker type is not valid.</summary>
    public const int InvalidTickerType = -1139;

    /// <summary>-1145 <c>INVALID_CANCEL_RESTRICTIONS</c>: cancelRestrictions has a value other than ONLY_NEW or ONLY_PARTIALLY_FILLED.</summary>
    public const int InvalidCancelRestrictions = -1145;

    /// <summary>-1151 <c>DUPLICATE_SYMBOLS</c>: A symbol appears more than once in the list.</summary>
    public const int DuplicateSymbols = -1151;

    /// <summary>-1152 <c>INVALID_SBE_HEADER</c>: The X-MBX-SBE header or SBE message header is malformed.</summary>
    public const int InvalidSbeHeader = -1152;

    /// <summary>-1153 <c>UNSUPPORTED_SCHEMA_ID</c>: The requested SBE schema id or version is not supported.</summary>
    public const int UnsupportedSchemaId = -1153;

    /// <summary>-1155 <c>SBE_DISABLED</c>: SBE is not enabled for this endpoint or server.</summary>
    public const int SbeDisabled = -1155;

    /// <summary>-1158 <c>OCO_ORDER_TYPE_REJECTED</c>: An order type was used for an OCO leg that OCO does not support.</summary>
    public const int OcoOrderTypeRejected = -1158;

    /// <summary>-1160 <c>OCO_ICEBERGQTY_TIMEINFORCE</c>: An iceberg quantity was used on an OCO leg whose timeInForce is not GTC.</summary>
    public const int OcoIcebergqtyTimeinforce = -1160;

    /// <summary>-1161 <c>DEPRECATED_SCHEMA</c>: The response cannot be encoded in the SBE schema requested, which is deprecated.</summary>
    public const int DeprecatedSchema = -1161;

    /// <summary>-1165 <c>BUY_OCO_LIMIT_MUST_BE_BELOW</c>: In a BUY OCO the limit leg must be below the market.</summary>
    public const int BuyOcoLimitMustBeBelow = -1165;

    /// <summary>-1166 <c>SELL_OCO_LIMIT_MUST_BE_ABOVE</c>: In a SELL OCO the limit leg must be above the market.</summary>
    public const int SellOcoLimitMustBeAbove = -1166;

    /// <summary>-1168 <c>BOTH_OCO_ORDERS_CANNOT_BE_LIMIT</c>: Both OCO legs are plain limit orders; one must be contingent (stop or take-profit).</summary>
    public const int BothOcoOrdersCannotBeLimit = -1168;

    /// <summary>-1169 <c>INVALID_TAG_NUMBER</c>: FIX: the tag number is not valid.</summary>
    public const int InvalidTagNumber = -1169;

    /// <summary>-1170 <c>TAG_NOT_DEFINED_IN_MESSAGE</c>: FIX: the tag is not defined for this message type.</summary>
    public const int TagNotDefinedInMessage = -1170;

    /// <summary>-1171 <c>TAG_APPEARS_MORE_THAN_ONCE</c>: FIX: a tag appears more than once.</summary>
    public const int TagAppearsMoreThanOnce = -1171;

    /// <summary>-1172 <c>TAG_OUT_OF_ORDER</c>: FIX: a tag is out of the required order.</summary>
    public const int TagOutOfOrder = -1172;

    /// <summary>-1173 <c>GROUP_FIELDS_OUT_OF_ORDER</c>: FIX: a repeating group's fields are out of order.</summary>
    public const int GroupFieldsOutOfOrder = -1173;

    /// <summary>-1174 <c>INVALID_COMPONENT</c>: FIX: a component is populated incorrectly for this order.</summary>
    public const int InvalidComponent = -1174;

    /// <summary>-1175 <c>RESET_SEQ_NUM_SUPPORT</c>: FIX: continuing sequence numbers into a new session is not supported.</summary>
    public const int ResetSeqNumSupport = -1175;

    /// <summary>-1176 <c>ALREADY_LOGGED_IN</c>: FIX: Logon was sent more than once.</summary>
    public const int AlreadyLoggedIn = -1176;

    /// <summary>-1177 <c>GARBLED_MESSAGE</c>: FIX or request encoding is garbled (checksum, header order, length, characters or encodingType).</summary>
    public const int GarbledMessage = -1177;

    /// <summary>-1178 <c>BAD_SENDER_COMPID</c>: FIX: SenderCompId changed during the session.</summary>
    public const int BadSenderCompid = -1178;

    /// <summary>-1179 <c>BAD_SEQ_NUM</c>: FIX: MsgSeqNum is not the expected number.</summary>
    public const int BadSeqNum = -1179;

    /// <summary>-1180 <c>EXPECTED_LOGON</c>: FIX: the first message of the session was not Logon.</summary>
    public const int ExpectedLogon = -1180;

    /// <summary>-1181 <c>TOO_MANY_MESSAGES</c>: FIX: too many messages in the current interval.</summary>
    public const int TooManyMessages = -1181;

    /// <summary>-1182 <c>PARAMS_BAD_COMBO</c>: The request contains fields that conflict with each other.</summary>
    public const int ParamsBadCombo = -1182;

    /// <summary>-1183 <c>NOT_ALLOWED_IN_DROP_COPY_SESSIONS</c>: FIX: the operation is not allowed in a drop copy session.</summary>
    public const int NotAllowedInDropCopySessions = -1183;

    /// <summary>-1184 <c>DROP_COPY_SESSION_NOT_ALLOWED</c>: FIX: this server does not accept drop copy sessions.</summary>
    public const int DropCopySessionNotAllowed = -1184;

    /// <summary>-1185 <c>DROP_COPY_SESSION_REQUIRED</c>: FIX: this server accepts only drop copy sessions.</summary>
    public const int DropCopySessionRequired = -1185;

    /// <summary>-1186 <c>NOT_ALLOWED_IN_ORDER_ENTRY_SESSIONS</c>: FIX: the operation is not allowed in an order entry session.</summary>
    public const int NotAllowedInOrderEntrySessions = -1186;

    /// <summary>-1187 <c>NOT_ALLOWED_IN_MARKET_DATA_SESSIONS</c>: FIX: the operation is not allowed in a market data session.</summary>
    public const int NotAllowedInMarketDataSessions = -1187;

    /// <summary>-1188 <c>INCORRECT_NUM_IN_GROUP_COUNT</c>: FIX: NumInGroup does not match the repeating group's entries.</summary>
    public const int IncorrectNumInGroupCount = -1188;

    /// <summary>-1189 <c>DUPLICATE_ENTRIES_IN_A_GROUP</c>: FIX: a group contains duplicate entries.</summary>
    public const int DuplicateEntriesInAGroup = -1189;

    /// <summary>-1190 <c>INVALID_REQUEST_ID</c>: FIX: the market data request id is already in use, or unknown on unsubscribe.</summary>
    public const int InvalidRequestId = -1190;

    /// <summary>-1191 <c>TOO_MANY_SUBSCRIPTIONS</c>: FIX: too many subscriptions, or a similar one is already active.</summary>
    public const int TooManySubscriptions = -1191;

    /// <summary>-1194 <c>INVALID_TIME_UNIT</c>: The requested time unit is not valid.</summary>
    public const int InvalidTimeUnit = -1194;

    /// <summary>-1196 <c>BUY_OCO_STOP_LOSS_MUST_BE_ABOVE</c>: In a BUY OCO the stop-loss leg must be above the market.</summary>
    public const int BuyOcoStopLossMustBeAbove = -1196;

    /// <summary>-1197 <c>SELL_OCO_STOP_LOSS_MUST_BE_BELOW</c>: In a SELL OCO the stop-loss leg must be below the market.</summary>
    public const int SellOcoStopLossMustBeBelow = -1197;

    /// <summary>-1198 <c>BUY_OCO_TAKE_PROFIT_MUST_BE_BELOW</c>: In a BUY OCO the take-profit leg must be below the market.</summary>
    public const int BuyOcoTakeProfitMustBeBelow = -1198;

    /// <summary>-1199 <c>SELL_OCO_TAKE_PROFIT_MUST_BE_ABOVE</c>: In a SELL OCO the take-profit leg must be above the market.</summary>
    public const int SellOcoTakeProfitMustBeAbove = -1199;

    /// <summary>-1210 <c>INVALID_PEG_PRICE_TYPE</c>: pegPriceType is not valid.</summary>
    public const int InvalidPegPriceType = -1210;

    /// <summary>-1211 <c>INVALID_PEG_OFFSET_TYPE</c>: pegOffsetType is not valid.</summary>
    public const int InvalidPegOffsetType = -1211;

    /// <summary>-1220 <c>SYMBOL_DOES_NOT_MATCH_STATUS</c>: The symbol's status differs from the symbolStatus requested.</summary>
    public const int SymbolDoesNotMatchStatus = -1220;

    /// <summary>-1221 <c>INVALID_SBE_MESSAGE_FIELD</c>: An SBE request message has invalid or missing fields.</summary>
    public const int InvalidSbeMessageField = -1221;

    /// <summary>-1222 <c>OPO_WORKING_MUST_BE_BUY</c>: The working order of an OPO list must be a BUY.</summary>
    public const int OpoWorkingMustBeBuy = -1222;

    /// <summary>-1223 <c>OPO_PENDING_MUST_BE_SELL</c>: The pending orders of an OPO list must be SELLs.</summary>
    public const int OpoPendingMustBeSell = -1223;

    /// <summary>-1224 <c>WORKING_PARAM_REQUIRED</c>: The working order of the list lacks a required parameter.</summary>
    public const int WorkingParamRequired = -1224;

    /// <summary>-1225 <c>PENDING_PARAM_NOT_REQUIRED</c>: A pending order of the list carries a parameter it must not have.</summary>
    public const int PendingParamNotRequired = -1225;

    #endregion

    #region 20xx - Processing issues

    /// <summary>-2010 <c>NEW_ORDER_REJECTED</c>: The matching engine rejected the new order; the message gives the reason.</summary>
    public const int NewOrderRejected = -2010;

    /// <summary>-2011 <c>CANCEL_REJECTED</c>: The matching engine rejected the cancel; the message gives the reason.</summary>
    public const int CancelRejected = -2011;

    /// <summary>-2013 <c>NO_SUCH_ORDER</c>: No order matches the orderId or client order id given.</summary>
    public const int NoSuchOrder = -2013;

    /// <summary>-2014 <c>BAD_API_KEY_FMT</c>: The API key header is not in a valid format.</summary>
    public const int BadApiKeyFmt = -2014;

    /// <summary>-2015 <c>REJECTED_MBX_KEY</c>: The API key is unknown, the calling IP is not whitelisted, or the key lacks the permission for this action.</summary>
    public const int RejectedMbxKey = -2015;

    /// <summary>-2016 <c>NO_TRADING_WINDOW</c>: No trading window was found for the symbol.</summary>
    public const int NoTradingWindow = -2016;

    /// <summary>-2026 <c>ORDER_ARCHIVED</c>: The order was cancelled or expired with nothing filled more than 90 days ago and is archived.</summary>
    public const int OrderArchived = -2026;

    /// <summary>-2035 <c>SUBSCRIPTION_ACTIVE</c>: A user data stream subscription is already active.</summary>
    public const int SubscriptionActive = -2035;

    /// <summary>-2036 <c>SUBSCRIPTION_INACTIVE</c>: No user data stream subscription is active.</summary>
    public const int SubscriptionInactive = -2036;

    /// <summary>-2038 <c>ORDER_AMEND_REJECTED</c>: The matching engine rejected an order amend (keep priority); the message gives the reason.</summary>
    public const int OrderAmendRejected = -2038;

    /// <summary>-2039 <c>CLIENT_ORDER_ID_INVALID</c>: The client order id does not belong to the given orderId.</summary>
    public const int ClientOrderIdInvalid = -2039;

    /// <summary>-2042 <c>MAXIMUM_SUBSCRIPTION_IDS</c>: The connection has used all its subscription ids.</summary>
    public const int MaximumSubscriptionIds = -2042;

    /// <summary>-2043 <c>NO_REFERENCE_PRICE</c>: The symbol has never had a reference price.</summary>
    public const int NoReferencePrice = -2043;

    #endregion

    #region cancelReplace - Errors regarding placing orders via cancelReplace

    /// <summary>-2021 <c>Order cancel-replace partially failed</c>: A cancel-replace half succeeded: either the cancel or the new order failed, but not both.</summary>
    public const int CancelReplacePartiallyFailed = -2021;

    /// <summary>-2022 <c>Order cancel-replace failed.</c>: A cancel-replace failed on both sides: nothing was cancelled and no order was placed.</summary>
    public const int CancelReplaceFailed = -2022;

    #endregion
}
