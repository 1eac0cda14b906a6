#!/usr/bin/env bash
# Cluster throughput: documents/s and sentences/s of K `warta worker` processes (default K = 1, 2, 4), each coding one
# document at a time, on this machine, with a throwaway PostgreSQL cluster and nats-server, then of one `warta ingest`
# process into DuckDB (both cores) on the same documents. The documents are the seed article and the two examples,
# each repeated under N/3 ids with its own first sentence (so no content hash repeats).
# Two times per run: "wall" from the workers' start to their exit (start-up, loading the coder and the two idle
# seconds that end --drain included), "commits" from the first to the last stored document (ingested_at).
# Needs: postgresql (initdb, pg_ctl, psql) and nats-server (Debian packages), python3 (to write the JSON lines).
# Usage: benchmarks/scripts/cluster-throughput.sh [N=300] ["1 2 4"]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
n=${1:-300}
counts=${2:-"1 2 4"}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$bin/initdb" ]] || bin=/usr/local/bin

./warta --help >/dev/null   # builds the CLI when needed
warta="$PWD/artifacts/cli/warta"
work=$(mktemp -d /tmp/warta-bench-XXXXXX)
as_pg=()
if [[ $(id -u) == 0 ]]; then chown postgres: "$work"; as_pg=(runuser -u postgres --); fi
port=$(( 20000 + RANDOM % 20000 ))
nats_port=$(( port + 1 ))
cleanup() {
    "${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
    [[ -n "${nats_pid:-}" ]] && kill "$nats_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"${as_pg[@]}" "$bin/initdb" -D "$work/data" -A trust -U postgres -E UTF8 --locale=C --no-sync >/dev/null
"${as_pg[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/pg.log" -w \
    -o "-p $port -k $work -c listen_addresses='' -c fsync=off -c synchronous_commit=off" start >/dev/null

python3 - "$n" "$work/documents.jsonl" <<'PY'
import json, sys
n, out = int(sys.argv[1]), sys.argv[2]
texts = [open(p, encoding="utf-8").read() for p in
         ["../shared/seed/eurasianet-kazakhstan-russia.id.txt", "examples/jakarta-canberra.id.txt", "examples/geneva-talks.en.txt"]]
with open(out, "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"b{i:05d}", "text": f"Dokumen nomor {i}.\n\n" + texts[i % 3], "published": "2024-03-13"}) + "\n")
PY

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %10s %8s %12s %14s %9s %12s %14s\n' workers documents wall documents/s sentences/s commits documents/s sentences/s
for k in $counts; do
    db="bench_$k"
    "$bin/psql" -h "$work" -p "$port" -U postgres -qc "CREATE DATABASE $db" postgres
    rm -rf "$work/nats"; mkdir -p "$work/nats"
    nats-server -js -a 127.0.0.1 -p "$nats_port" -sd "$work/nats" >/dev/null 2>&1 & nats_pid=$!
    sleep 1
    url="nats://127.0.0.1:$nats_port"
    conn="Host=$work;Port=$port;Username=postgres;Database=$db"
    "$warta" enqueue "$work/documents.jsonl" --nats "$url" >/dev/null
    # The schema is created before the clock starts, so the figure is coding and saving only.
    "$warta" status --nats "$url" --postgres "$conn" >/dev/null
    start=$(date +%s.%N)
    pids=()
    for _ in $(seq "$k"); do
        "$warta" worker --nats "$url" --postgres "$conn" --concurrency 1 --batch 16 --drain >/dev/null 2>&1 & pids+=($!)
    done
    wait "${pids[@]}"
    end=$(date +%s.%N)
    # The commit rate counts what was committed after the first commit, over the time from it to the last one.
    read -r docs sentences span later_docs later_sentences < <("$bin/psql" -h "$work" -p "$port" -U postgres -d "$db" -Atc "
        WITH first AS (SELECT min(ingested_at) AS t FROM documents)
        SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),
               (SELECT extract(epoch FROM max(ingested_at) - min(ingested_at)) FROM documents),
               (SELECT count(*) FROM documents, first WHERE ingested_at > first.t),
               (SELECT count(*) FROM sentences s JOIN documents d ON d.id = s.doc, first WHERE d.ingested_at > first.t)" | tr '|' ' ')
    awk -v k="$k" -v d="$docs" -v s="$sentences" -v a="$start" -v b="$end" -v c="$span" -v ld="$later_docs" -v ls="$later_sentences" \
        'BEGIN { t = b - a; printf "%-8s %10d %8.1f %12.1f %14.1f %9.1f %12.1f %14.1f\n", k, d, t, d / t, s / t, c, ld / c, ls / c }'
    kill "$nats_pid"; wait "$nats_pid" 2>/dev/null || true; nats_pid=""
done

# The single-process figure: the same documents into a DuckDB store by `warta ingest` (both cores, one process).
start=$(date +%s.%N)
"$warta" ingest "$work/documents.jsonl" --db "$work/single.duckdb" >/dev/null 2>&1
end=$(date +%s.%N)
sentences=$("$bin/psql" -h "$work" -p "$port" -U postgres -d "bench_${counts%% *}" -Atc "SELECT count(*) FROM sentences")
awk -v d="$n" -v s="$sentences" -v a="$start" -v b="$end" \
    'BEGIN { t = b - a; printf "%-8s %10d %8.1f %12.1f %14.1f   (one process, DuckDB, start to exit)\n", "ingest", d, t, d / t, s / t }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
