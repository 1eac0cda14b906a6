namespace Warta.Events;

/// <summary>
/// The kinds an intent row may carry (second column of <c>intents.tsv</c>). The coder branches on them, and
/// <see cref="ModalityFiles"/> accepts no other, so a kind is spelled in this one place.
/// </summary>
internal static class IntentKind
{
    public const string Future = "future";
    public const string Plan = "plan";
    public const string Promise = "promise";
    public const string Want = "want";
    public const string Ready = "ready";
    public const string Threat = "threat";
    public const string Schedule = "schedule";
    public const string Hesitate = "hesitate";

    public static readonly string[] All = [Future, Plan, Promise, Want, Ready, Threat, Schedule, Hesitate];
}

/// <summary>The kinds a refusal row may carry (second column of <c>refusals.tsv</c>).</summary>
internal static class RefusalKind
{
    public const string Refuse = "refuse";
    public const string Abstain = "abstain";
    public const string Deny = "deny";
    public const string Fail = "fail";

    public static readonly string[] All = [Refuse, Abstain, Deny, Fail];
}
