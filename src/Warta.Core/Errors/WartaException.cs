namespace Warta.Errors;

/// <summary>
/// An error a user can act on. <see cref="Code"/> is stable (WRTnnnn) and documented in docs/errors.md;
/// the message says what went wrong, where (file, line) and how to fix it.
/// </summary>
public sealed class WartaException(string code, string message, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    public string Code { get; } = code;
}

/// <summary>The error codes, in one place so they stay unique.</summary>
public static class ErrorCodes
{
    public const string DataFolderMissing = "WRT0101";
    public const string DataFileMissing = "WRT0102";
    public const string DataFileInvalid = "WRT0103";
    public const string DictionaryInvalid = "WRT0104";
    public const string ModelMissing = "WRT0111";
    public const string ModelInvalid = "WRT0112";
    public const string InputNotFound = "WRT0201";
    public const string InputNotText = "WRT0202";
    public const string InputInvalidUtf8 = "WRT0203";
    public const string DocumentInvalid = "WRT0204";
    public const string PublishedDateInvalid = "WRT0205";
    public const string GoldInvalid = "WRT0206";
    public const string DuplicateId = "WRT0207";
    public const string OutputIsInput = "WRT0208";
    public const string ConlluInvalid = "WRT0211";
    public const string FetchFailed = "WRT0221";
    public const string FetchTimedOut = "WRT0222";
    public const string FetchTooLarge = "WRT0223";
    public const string FetchContentTypeUnsupported = "WRT0224";
    public const string PageHasNoArticle = "WRT0225";
    public const string FeedInvalid = "WRT0226";
    public const string InputEmpty = "WRT0227";
    public const string DocumentTooLarge = "WRT0228";
    public const string HtmlTooLarge = "WRT0229";
    public const string HtmlTooDeep = "WRT0230";
    public const string HtmlTooManyTags = "WRT0232";
    public const string InputEncodingInvalid = "WRT0231";
    public const string TrainingDataMissing = "WRT0301";
    public const string StoreUnavailable = "WRT0401";
    public const string StoreNewerSchema = "WRT0402";
    public const string StoreWriteFailed = "WRT0403";
    public const string StoreFeatureUnsupported = "WRT0404";
    public const string StoreLockTableTooSmall = "WRT0405";
    public const string ServerSettingInvalid = "WRT0501";
    public const string ServerCannotListen = "WRT0502";
    public const string QueuePublishFailed = "WRT0601";

    /// <summary>True for a problem with one input (WRT02xx), which costs that input only, not the batch.</summary>
    public static bool IsInputError(string code) => code.StartsWith("WRT02", StringComparison.Ordinal);
}
