using Warta.Clauses;
using Warta.Events;

namespace Warta.Coding;

internal sealed partial class DocumentCoder
{
    internal sealed partial class SentenceCoder
    {
        /// <summary>
        /// A control verb's reading of the act it governs: "agreed to resume talks" is an intent to negotiate (036),
        /// "threatened to impose sanctions" a threat (1312), "refused to meet" a rejection (125).
        /// </summary>
        /// <param name="Verb">The control verb's phrase in the modality data (intents.tsv, refusals.tsv).</param>
        /// <param name="Form">intent, threat or refusal.</param>
        /// <param name="Code">The governed act's code in that form (data/cameo/intent-codes.tsv).</param>
        private sealed record ControlReading(ModalityMatch Verb, string Form, string Code)
        {
            /// <summary>The rule named in the event's <c>rule</c>: "+control-intent(agree to)→036".</summary>
            public string Rule => $"+control-{Form}({Verb.Phrase})→{Code}";

            public const string Intent = "intent", Threat = "threat", Refusal = "refusal";
        }

        /// <summary>
        /// The control form of <paramref name="code"/> when <paramref name="clause"/> is the clause a control verb governs
        /// (a purpose chain sharing the control verb's subject: "agreed on Monday to resume", "menolak bertemu"), or null when there is none, the clause
        /// negates itself ("agreed not to attack") or the mapping table has no code for that form (the older reading stays).
        /// </summary>
        private ControlReading? ControlOf(Clause clause, string code)
        {
            if (clause.IsNominal || clause.Opener != ClauseOpener.Chain || clause.Governor < 0) return null;
            // The control verb's subject does the governed act: "menolak tuntutan … agar ia mundur" has a subject of its own.
            if (clause.Subject.Count > 0 || clause.SubjectFrom != clause.Governor) return null;
            var governor = _clauses[clause.Governor];
            if (governor.IsNominal || NegatesItself(clause)) return null;
            int complement = clause.OpenerToken >= 0 ? clause.OpenerToken : clause.GroupStart;
            var lexicon = _lang.Lexicon.Modality;
            if (lexicon.MatchControl(ModalityCue.Refusal, _doc, governor.Predicate, complement, _end) is { } refusal)
                return refusal.Kind == RefusalKind.Refuse && lexicon.RefusalCode(code) is { } refused ? new(refusal, ControlReading.Refusal, refused) : null;
            if (lexicon.MatchControl(ModalityCue.Intent, _doc, governor.Predicate, complement, _end) is not { } intent
                || !ControlIntentKinds.Contains(intent.Kind) || Behaviour(code).Intent)
                return null;
            bool threat = intent.Kind == IntentKind.Threat;
            var converted = threat ? lexicon.ThreatCode(code) : lexicon.IntentCode(code);
            return converted is null ? null : new(intent, threat ? ControlReading.Threat : ControlReading.Intent, converted);
        }

        /// <summary>The intent kinds (intents.tsv) that are verbs controlling a clause; "will" and "want to" are not.</summary>
        private static readonly HashSet<string> ControlIntentKinds = [IntentKind.Promise, IntentKind.Plan, IntentKind.Ready, IntentKind.Threat];

        private bool NegatesItself(Clause clause)
        {
            for (int t = clause.GroupStart; t < clause.Predicate; t++)
                if (_lang.Lexicon.Modality.IsNegator(_doc, t)) return true;
            return false;
        }
    }
}
