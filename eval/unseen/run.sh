#!/usr/bin/env bash
# Codes the raw sentences of the UD train/dev treebanks (never *-test) and draws the judging samples.
# usage: eval/unseen/run.sh OUTDIR   (from the repository root; about 30 s of coding)
set -euo pipefail
out="${1:?usage: eval/unseen/run.sh OUTDIR}"
ud="$(cd "$(dirname "$0")/../.." && pwd)/../shared/ud"
here="$(dirname "$0")"
mkdir -p "$out"
python3 "$here/ud_to_jsonl.py" en "$ud/en/en_ewt-ud-train.conllu" "$ud/en/en_ewt-ud-dev.conllu" > "$out/ud.en.jsonl"
python3 "$here/ud_to_jsonl.py" id "$ud/id/id_csui-ud-train.conllu" "$ud/id/id_gsd-ud-dev.conllu" > "$out/ud.id.jsonl"
for lang in en id; do
  WARTA_SLIM=0 ./warta code "$out/ud.$lang.jsonl" --all --format jsonl --published 2024-01-15 -o "$out/events.$lang.jsonl"
  python3 "$here/sample.py" "$out/events.$lang.jsonl" diag 80 1 > "$out/sample.$lang.diag.tsv"
  python3 "$here/sample.py" "$out/events.$lang.jsonl" fresh 80 2 > "$out/sample.$lang.fresh.tsv"
done
wc -l "$out"/sample.*.tsv
