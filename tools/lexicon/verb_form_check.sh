#!/usr/bin/env bash
# Checks that every verb of the English event lexicon is reached from its inflected forms: runs the
# VerbFormCoverageTests test with a report path and prints the failures by cause (docs/lexicon.md, "Verb forms").
# Usage: tools/lexicon/verb_form_check.sh [REPORT.tsv]   (default /tmp/verb-forms.tsv)
set -u
cd "$(dirname "$0")/../.."
report=$(realpath -m "${1:-/tmp/verb-forms.tsv}")
rm -f "$report"
WARTA_VERB_FORM_REPORT="$report" dotnet test tests/Warta.Tests -c Release --no-build \
  --filter "FullyQualifiedName~VerbFormCoverageTests.Every_form" >/dev/null
[ -f "$report" ] || { echo "no report written (build the tests first: dotnet build -c Release)" >&2; exit 2; }
head -1 "$report"
grep -v '^#' "$report" | cut -f1 | sort | uniq -c | sort -rn
echo "failures: $report"
