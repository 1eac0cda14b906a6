#!/usr/bin/env bash
# Cluster throughput: documents/s and sentences/s of K `warta worker` processes coding C documents at a time each
# (configurations KxC, default "1x1 2x1 1x2 1x1 2x1 1x2": alternated, each counted with its mean), on this machine, with a throwaway PostgreSQL cluster and nats-server,
# then of one `warta ingest` process into DuckDB (both cores) on the same documents. Three corpora of N documents each:
# - "articles": different articles on shared events. Each document is a lead paragraph of one of the sample articles
#   (../shared/seed, examples/, the dev articles of ../shared/gold) followed by three to five of that article's other
#   paragraphs and one or two of another article's in the same language, shuffled (a fixed seed), under its own first
#   sentence: documents on one story share its events, clusters and actors, but are not near-copies of each other.
# - "distinct": distinct news documents, each ten consecutive sentences (five paragraphs of two) of the Universal
#   Dependencies treebanks in ../shared/ud (PUD news and Wikipedia first, then GSD/CSUI or EWT), alternating Indonesian
#   and English (English alone once the Indonesian sentences run out); past the treebanks' 756 such documents, the same
#   sentences again in a fresh shuffle per pass, dated a week later: no text repeats, a document shares about one
#   sentence in ten with any other (never a near-copy), and documents share clusters and actors only as news on
#   different stories does (the best case for the per-key locks, as "copies" is the worst).
# - "copies": the seed article and the two examples, each repeated under N/3 ids with its own first sentence (no
#   content hash repeats, but the copies of one article are near-copies: the worst case for the save locks, since
#   every two saves share MinHash bands).
# Three rates per run: "wall" from the workers' start to their exit (start-up, loading the coder and the end of --drain
# included), "commits" from the first to the last stored document (ingested_at), and "steady" from the document a fifth
# of the way to the one nine tenths of the way, in commit order: every worker has started and warmed up (a .NET process
# keeps compiling its hot code for thousands of documents, on a thread of its own) and none has run out of documents.
# The load column gives the 1-minute load average before and after the run (compare only runs at a similar load).
# Then the CPU each part used over the run (seconds; user + system): the workers (mean per worker), PostgreSQL (the
# postmaster and every backend) and nats-server, the mean time a save took per document as the workers saw it
# (client side: round trips, lock waits and the commit included), and the time PostgreSQL spent executing the
# saves' statements per document (pg_stat_statements: execution only, lock waits inside a statement included).
# A second line per run says where the time went: the workers' coding loops (ms per document coding, waiting for
# their saver to take a coded batch, waiting for documents), and PostgreSQL's backends sampled every 50 ms (mean
# statements running, the share of them waiting for a lock and on which kind, mean transactions open while their
# worker sends nothing). After each corpus, the issue's ratios from this run: 1xC against `ingest` and 2x1 against 1x1.
# With WARTA_BENCH_STATEMENTS=1 the statements that took most of that time follow each line.
# Needs: postgresql (initdb, pg_ctl, psql) and nats-server (Debian packages), python3 (to write the JSON lines),
# /usr/bin/time (Debian package time).
# Usage: benchmarks/scripts/cluster-throughput.sh [N=3000] ["1x1 2x1 1x2 1x1 2x1 1x2"] [batch=16] ["articles distinct"]
# ("copies" is slow at large N: a near-copy's save reads every stored copy sharing a band, so it grows with N.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
n=${1:-3000}
configurations=${2:-"1x1 2x1 1x2 1x1 2x1 1x2"}
batch=${3:-16}
corpora=${4:-"articles distinct"}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$bin/initdb" ]] || bin=/usr/local/bin

./warta --help >/dev/null   # builds the CLI when needed
warta="${WARTA_CLI:-$PWD/artifacts/cli/warta}"   # WARTA_CLI: another build, to compare
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
    -o "-p $port -k $work -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c shared_preload_libraries=pg_stat_statements" \
    start >/dev/null

python3 - "$n" "$work" <<'PY'
import datetime, glob, itertools, json, random, sys
n, work = int(sys.argv[1]), sys.argv[2]
def paragraphs(text):
    return [p.strip() for p in text.split("\n") if p.strip()]
articles = {"id": [], "en": []}   # per language: (published, paragraphs) of each sample article
for path in ["../shared/seed/eurasianet-kazakhstan-russia.id.txt", "examples/jakarta-canberra.id.txt", "examples/geneva-talks.en.txt"]:
    articles[path.rsplit(".", 2)[-2]].append(("2024-03-13", paragraphs(open(path, encoding="utf-8").read())))
for path in sorted(glob.glob("../shared/gold/articles-dev.*.json")):
    for article in json.load(open(path, encoding="utf-8")):
        articles[article["lang"]].append((article["published"], paragraphs(article["text"])))
rng = random.Random(16)
openings = {"id": "Laporan nomor {}.", "en": "Report number {}."}
with open(f"{work}/articles.jsonl", "w", encoding="utf-8") as f:
    for i in range(n):
        lang = "en" if i % 2 else "id"
        published, story = rng.choice(articles[lang])
        other = rng.choice([a for a in articles[lang] if a[1] is not story])[1]
        body = rng.sample(story[1:], min(len(story) - 1, rng.randint(3, 5))) + rng.sample(other, min(len(other), rng.randint(1, 2)))
        rng.shuffle(body)
        text = "\n\n".join([openings[lang].format(i), story[0]] + body)
        f.write(json.dumps({"id": f"a{i:05d}", "text": text, "published": published, "lang": lang}) + "\n")
texts = [open(p, encoding="utf-8").read() for p in
         ["../shared/seed/eurasianet-kazakhstan-russia.id.txt", "examples/jakarta-canberra.id.txt", "examples/geneva-talks.en.txt"]]
with open(f"{work}/copies.jsonl", "w", encoding="utf-8") as f:
    for i in range(n):
        f.write(json.dumps({"id": f"b{i:05d}", "text": f"Dokumen nomor {i}.\n\n" + texts[i % 3], "published": "2024-03-13"}) + "\n")
treebanks = {"id": ["id_pud-ud-test", "id_gsd-ud-test", "id_gsd-ud-dev", "id_csui-ud-test"],
             "en": ["en_pud-ud-test", "en_ewt-ud-test", "en_ewt-ud-dev"]}
sentences = {lang: [line[len("# text = "):].strip() for t in names
                    for line in open(f"../shared/ud/{lang}/{t}.conllu", encoding="utf-8") if line.startswith("# text = ")]
             for lang, names in treebanks.items()}
def groups(lang, order):
    """Ten sentences at a time, in the given order of the language's sentences."""
    pool = sentences[lang]
    return [[pool[j] for j in order[start:start + 10]] for start in range(0, len(order) - 9, 10)]
def passes():
    # Pass 0 takes consecutive sentences (the treebanks' own documents); every later pass the same sentences in a
    # fresh shuffle, so a document of it shares about one sentence in ten with any other: related news, never a
    # near-copy. Each pass is dated a week after the one before, so its events make clusters of their own.
    shuffle = random.Random(16)
    for number in itertools.count():
        orders = {lang: list(range(len(pool))) for lang, pool in sentences.items()}
        if number:
            for order in orders.values(): shuffle.shuffle(order)
        yield (datetime.date(2024, 3, 13) + datetime.timedelta(weeks=number)).isoformat(), {lang: groups(lang, order) for lang, order in orders.items()}
written, seen = 0, set()
with open(f"{work}/distinct.jsonl", "w", encoding="utf-8") as f:
    for published, pass_groups in passes():
        for lang in pass_groups: pass_groups[lang].reverse()   # popped from the end: first group first
        while written < n and (pass_groups["id"] or pass_groups["en"]):
            # Indonesian and English in turn; English alone once the Indonesian sentences of this pass run out.
            lang = "en" if written % 2 else "id"
            if not pass_groups[lang]:
                lang = "id" if lang == "en" else "en"
            text = "\n\n".join(" ".join(body[j:j + 2]) for body, j in ((pass_groups[lang][-1], j) for j in range(0, 10, 2)))
            pass_groups[lang].pop()
            if text in seen:
                continue   # no text repeats
            seen.add(text)
            f.write(json.dumps({"id": f"c{written:05d}", "text": text, "published": published, "lang": lang}) + "\n")
            written += 1
        if written >= n:
            break
PY

# WARTA_BENCH_SESSIONS=1 starts each worker in a session of its own. Linux's autogroup scheduling (on when
# /proc/sys/kernel/sched_autogroup_enabled is 1) shares the cores fairly between sessions, not processes: on a busy
# host, workers in this script's session share one session's slice, so two get about what one gets and 2x1 against
# 1x1 measures the scheduler. In sessions of their own each worker gets its own slice, as on machines of their own
# (PostgreSQL, started by pg_ctl, always has its own): a ratio well below 2 then shows what serialises the workers
# besides the cores. On a quiet host it changes nothing.
own_session=()
[[ "${WARTA_BENCH_SESSIONS:-0}" == 1 ]] && own_session=(setsid -w)
ticks=$(getconf CLK_TCK)
# CPU seconds of a process and of its children it has reaped (PostgreSQL's ended backends), plus its live children.
cpu_of() {
    local pid=$1 total
    total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat")
    for child in $(pgrep -P "$pid"); do
        total=$(( total + $(awk '{ print $14 + $15 }' "/proc/$child/stat" 2>/dev/null || echo 0) ))
    done
    echo "$total"
}
postmaster=$(head -1 "$work/data/postmaster.pid")

"$bin/psql" -h "$work" -p "$port" -U postgres -qc "CREATE EXTENSION pg_stat_statements" postgres
statements() { "$bin/psql" -h "$work" -p "$port" -U postgres -Atc "$1" postgres; }
# What the run's backends are doing, sampled every 50 ms by one backend (a procedure that commits after each sample, so
# each one reads a fresh pg_stat_activity): which statements are running and whether they wait for a lock.
statements "CREATE TABLE activity_samples (db name, tick bigint, state text, wait_type text, wait_event text);
            CREATE PROCEDURE sample_activity(run name) LANGUAGE plpgsql AS \$\$
            DECLARE tick bigint := 0;
            BEGIN
                LOOP
                    tick := tick + 1;
                    INSERT INTO activity_samples SELECT run, tick, state, wait_event_type, wait_event FROM pg_stat_activity
                        WHERE datname = run AND state IN ('active', 'idle in transaction')
                        UNION ALL SELECT run, tick, 'tick', NULL, NULL;
                    COMMIT;
                    PERFORM pg_sleep(0.05);
                END LOOP;
            END \$\$" >/dev/null

# What a rerun needs to compare: the host, its load, and any JIT or GC setting given to the workers (DOTNET_* variables:
# a worker's runtime keeps compiling its hot code for thousands of documents; docs/cluster.md, "Where a worker's CPU goes").
echo "$(date -u '+%F %T') UTC, $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg), batch $batch, N $n;" \
    "runtime settings: $(env | grep -E '^DOTNET_(Tiered|TC_|ReadyToRun|GC|gc)' | sort | tr '\n' ' ' || true)(none: the defaults)"
for corpus in $corpora; do
    documents="$work/$corpus.jsonl"
    echo "corpus: $corpus"
    printf '%-6s %9s %7s %11s %11s %8s %11s %11s %11s %9s %8s %7s %9s %9s %11s\n' KxC documents wall documents/s sentences/s commits \
        documents/s sentences/s steady-doc/s cpu/worker postgres nats save-ms/doc pg-ms/doc load-before/after
    run=0
    for config in $configurations; do   # a configuration may be listed again (alternate them on a busy host)
        k=${config%x*}
        c=${config#*x}
        run=$(( run + 1 ))
        db="bench_${corpus}_${k}x${c}_$run"
        "$bin/psql" -h "$work" -p "$port" -U postgres -qc "CREATE DATABASE $db" postgres
        rm -rf "$work/nats"; mkdir -p "$work/nats"
        nats-server -js -a 127.0.0.1 -p "$nats_port" -sd "$work/nats" >/dev/null 2>&1 & nats_pid=$!
        for _ in $(seq 600); do (: <"/dev/tcp/127.0.0.1/$nats_port") 2>/dev/null && break; sleep 0.2; done   # up to 2 minutes: slow on a loaded host
        url="nats://127.0.0.1:$nats_port"
        conn="Host=$work;Port=$port;Username=postgres;Database=$db"
        "$warta" enqueue "$documents" --nats "$url" >/dev/null
        # The schema is created before the clock starts, so the figure is coding and saving only.
        "$warta" status --nats "$url" --postgres "$conn" >/dev/null
        statements "SELECT pg_stat_statements_reset()" >/dev/null
        pg_before=$(cpu_of "$postmaster")
        nats_before=$(cpu_of "$nats_pid")
        statements "CALL sample_activity('$db')" >/dev/null 2>&1 & sampler=$!
        load_before=$(cut -d' ' -f1 /proc/loadavg)
        start=$(date +%s.%N)
        pids=()
        for i in $(seq "$k"); do
            "${own_session[@]}" /usr/bin/time -o "$work/cpu.$i" -f '%U %S %x' \
                "$warta" worker --nats "$url" --postgres "$conn" --concurrency "$c" --batch "$batch" --drain >/dev/null 2>"$work/log.$i" & pids+=($!)
        done
        wait "${pids[@]}" || true
        end=$(date +%s.%N)
        # A run that stored fewer documents than enqueued says where the rest went: dead letters (refused too often) or
        # still queued; the workers' exit codes and their last error lines are kept for it below.
        read -r dead_letters queued < <({ "$warta" status --nats "$url" --postgres "$conn" --json || true; } |
            python3 -c 'import json, sys
try: s = json.load(sys.stdin); print(s["dead_letters"], s["queue_depth"])
except ValueError: print("unknown unknown")   # status could not reach a server: its error is above')
        load=$(cut -d' ' -f1 /proc/loadavg)
        # The sampler's own CPU is not PostgreSQL's work for the saves: it is left out of the PostgreSQL figure.
        sampler_pid=$(statements "SELECT pid FROM pg_stat_activity WHERE query LIKE 'CALL sample_activity%'")
        sampler_cpu=$(awk '{ print $14 + $15 }' "/proc/$sampler_pid/stat" 2>/dev/null || echo 0)
        statements "SELECT pg_cancel_backend($sampler_pid)" >/dev/null
        wait "$sampler" || true
        sleep 1   # the backends of the workers' connections exit and are reaped by the postmaster
        pg_cpu=$(( $(cpu_of "$postmaster") - pg_before - sampler_cpu ))
        in_db="dbid = (SELECT oid FROM pg_database WHERE datname = '$db')"
        pg_ms=$(statements "SELECT round(coalesce(sum(total_exec_time), 0)) FROM pg_stat_statements WHERE $in_db")
        nats_cpu=$(( $(cpu_of "$nats_pid") - nats_before ))
        worker_cpu=$(cat "$work"/cpu.* | awk -v k="$k" '/^[0-9]/ { s += $1 + $2 } END { printf "%.1f", s / k }')
        worker_exits=$(cat "$work"/cpu.* | awk '/^[0-9]/ { printf "%s%s", sep, $3; sep = "," }')   # time(1) writes a line of its own before a failure's
        if [[ "$worker_exits" =~ [1-9] || "$dead_letters" != 0 ]]; then
            echo "       warning: worker exit codes $worker_exits, $dead_letters dead letters; the workers' last error lines:"
            grep -hv 'worker: \(coded\|saved\)' "$work"/log.* | tail -5 | sed 's/^/         /'
        fi
        save_ms=$(cat "$work"/log.* | awk '/worker: saved/ { d += $3; for (i = 1; i <= NF; i++) if ($i == "ms") m += $(i - 1) } END { printf "%.2f", d ? m / d : 0 }')
        # The workers' coding loops: ms per document coding, waiting for their saver (a full hand-over: the database
        # holds the worker back) and waiting for documents (the queue), from their "coded" lines.
        # A worker's first batch is apart: coding it loads the coder's models and compiles the code (start-up).
        read -r code_ms saver_wait_ms queue_wait_ms first_batch_s < <(awk '/worker: coded/ {
                if (!(FILENAME in first)) { first[FILENAME] = 1; f += $6; workers++; next }
                d += $3; c += $6; q += $9; w += $13 }
            END { if (d) printf "%.2f %.2f %.2f %.1f\n", c / d, w / d, q / d, f / workers / 1000; else print "0 0 0 0" }' "$work"/log.*)
        rm -f "$work"/cpu.* "$work"/log.*
        # The sampled backends: mean statements running, the share of those waiting for a lock (and for which kind),
        # and mean transactions open while their worker sends nothing (a lock held then waits on the worker's core).
        read -r busy lock_share idle_in_transaction lock_kinds < <(statements "
            WITH s AS (SELECT * FROM activity_samples WHERE db = '$db'),
                 ticks AS (SELECT greatest(count(*), 1) AS n FROM s WHERE state = 'tick'),
                 active AS (SELECT greatest(count(*), 1) AS n FROM s WHERE state = 'active')
            SELECT round((SELECT count(*) FROM s WHERE state = 'active') / ticks.n::numeric, 2),
                   round(100.0 * (SELECT count(*) FROM s WHERE wait_type = 'Lock') / active.n, 1),
                   round((SELECT count(*) FROM s WHERE state = 'idle in transaction') / ticks.n::numeric, 2),
                   coalesce((SELECT string_agg(wait_event || ':' || n, ',' ORDER BY n DESC)
                             FROM (SELECT wait_event, count(*) AS n FROM s WHERE wait_type = 'Lock' GROUP BY 1) w), 'none')
            FROM ticks, active" | tr '|' ' ')
        # The commit rate counts what was committed after the first commit, over the time from it to the last one.
        # ingested_at is the workers' clock (UTC) when a save decided its documents: from the start to the first and
        # from the last to the exit are the run's head (start-up) and tail (the last save, and the end of --drain).
        # The steady rate counts the documents committed from the one a fifth of the way to the one nine tenths of the way
        # (in commit order), over that time: the workers' start-up and warm-up, and the last batches, left out.
        read -r docs sentences span later_docs later_sentences first_saved last_saved steady_docs steady_span < <("$bin/psql" -h "$work" -p "$port" -U postgres -d "$db" -Atc "
            WITH first AS (SELECT min(ingested_at) AS t FROM documents),
                 ranked AS (SELECT ingested_at AS t, row_number() OVER (ORDER BY ingested_at) AS r, count(*) OVER () AS n FROM documents),
                 steady AS (SELECT (SELECT t FROM ranked WHERE r = greatest(1, ceil(n * 0.2))) AS a, (SELECT t FROM ranked WHERE r = ceil(n * 0.9)) AS b
                            FROM ranked LIMIT 1)
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences),
                   (SELECT extract(epoch FROM max(ingested_at) - min(ingested_at)) FROM documents),
                   (SELECT count(*) FROM documents, first WHERE ingested_at > first.t),
                   (SELECT count(*) FROM sentences s JOIN documents d ON d.id = s.doc, first WHERE d.ingested_at > first.t),
                   (SELECT extract(epoch FROM min(ingested_at)) FROM documents), (SELECT extract(epoch FROM max(ingested_at)) FROM documents),
                   (SELECT count(*) FROM ranked, steady WHERE t > steady.a AND t <= steady.b), (SELECT extract(epoch FROM b - a) FROM steady)" | tr '|' ' ')
        awk -v k="$config" -v d="$docs" -v s="$sentences" -v a="$start" -v b="$end" -v c="$span" -v ld="$later_docs" -v ls="$later_sentences" \
            -v wc="$worker_cpu" -v pc="$pg_cpu" -v nc="$nats_cpu" -v t="$ticks" -v sm="$save_ms" -v pm="$pg_ms" -v l="$load_before/$load" -v cm="$code_ms" \
            -v sd="$steady_docs" -v ss="$steady_span" \
            'BEGIN { w = b - a; steady = ss > 0 ? sd / ss : 0
                     printf "%-6s %9d %7.1f %11.1f %11.1f %8.1f %11.1f %11.1f %11.1f %10.1f %8.1f %7.1f %9.2f %9.2f %11s\n",
                     k, d, w, d / w, s / w, c, ld / c, ls / c, steady, wc, pc / t, nc / t, sm, pm / d, l
                     printf "%s %.3f %.3f %s %s %.2f %.2f %.2f %.3f\n", k, d / w, ld / c, d, wc, pc / t, nc / t, cm, steady > "/dev/stderr" }' 2>>"$work/rates.$corpus"
        printf '       start to first save %s s, last save to exit %s s; coding loop: first batch %s s (start-up), then %s ms/doc coding, %s waiting for its saver, %s for documents; queue after the run: %s dead letters, %s left; postgres: %s statements running (mean), %s%% of them waiting for a lock (%s), %s transactions open idle (mean); the sampler used %s s of CPU (not counted above)\n' \
            "$(awk -v a="$start" -v f="$first_saved" 'BEGIN { printf "%.1f", f - a }')" "$(awk -v b="$end" -v l="$last_saved" 'BEGIN { printf "%.1f", b - l }')" \
            "$first_batch_s" "$code_ms" "$saver_wait_ms" "$queue_wait_ms" "$dead_letters" "$queued" "$busy" "$lock_share" "$lock_kinds" "$idle_in_transaction" \
            "$(awk -v s="$sampler_cpu" -v t="$ticks" 'BEGIN { printf "%.2f", s / t }')"
        if [[ "${WARTA_BENCH_STATEMENTS:-0}" == 1 ]]; then
            # Grouped by the statement's text: a statement naming a temporary table gets a new entry per execution.
            statements "SELECT format('    %s ms  %s calls  %s', round(sum(total_exec_time)), sum(calls), q)
                        FROM (SELECT total_exec_time, calls, left(regexp_replace(query, '\s+', ' ', 'g'), 100) AS q
                              FROM pg_stat_statements WHERE $in_db) s
                        GROUP BY q ORDER BY sum(total_exec_time) DESC LIMIT 8"
        fi
        kill "$nats_pid"; wait "$nats_pid" 2>/dev/null || true; nats_pid=""
    done

    # The single-process figure: the same documents into a DuckDB store by `warta ingest` (both cores, one process).
    start=$(date +%s.%N)
    /usr/bin/time -o "$work/ingest.cpu" -f '%U %S' "$warta" ingest "$documents" --db "$work/$corpus.duckdb" >/dev/null 2>&1
    end=$(date +%s.%N)
    first=${configurations%% *}
    sentences=$("$bin/psql" -h "$work" -p "$port" -U postgres -d "bench_${corpus}_${first}_1" -Atc "SELECT count(*) FROM sentences")
    # The corpus's own count (N: every corpus now reaches it; counted, so a short corpus could never inflate a rate).
    ingested=$(grep -c . "$documents")
    awk -v d="$ingested" -v s="$sentences" -v a="$start" -v b="$end" -v l="$(cut -d' ' -f1 /proc/loadavg)" -v ic="$(awk '/^[0-9]/ { print $1 + $2 }' "$work/ingest.cpu")" \
        'BEGIN { t = b - a; printf "%-6s %9d %7.1f %11.1f %11.1f %43.1f   (one process, DuckDB, start to exit; load %s)\n", "ingest", d, t, d / t, s / t, ic, l
                 printf "ingest %.3f 0 %d %s 0 0 0 0\n", d / t, d, ic > "/dev/stderr" }' 2>>"$work/rates.$corpus"
    # The issue's two ratios, from this run's lines (the mean rate of a configuration run more than once): one worker
    # against the DuckDB ingest, two against one.
    # Then the most two single-core workers can give on these cores by this run's CPU figures: per document, a worker
    # spends c of CPU (from the 1x1 and 2x1 CPU per worker: c = (cpu1 - cpu2) / (N / 2), start-up left out),
    # PostgreSQL p and NATS n (2x1 run), and one worker codes in t (its coding loop, ms per document): one worker
    # stores 1/t documents a second, two on two cores at most 2/(c + p + n). On a busy host t is stretched by waiting
    # for a core, so the bound is only right on a quiet one.
    # For one worker against `ingest`, the same from CPU per document over the whole run (start-up included in both):
    # `ingest` codes on every core, at most K/i documents a second (K cores, i ms of CPU per document); a 1xC worker at
    # most C/w (its C coding threads, w ms of its CPU per document) and K/(w + p + n) (the cores, shared with PostgreSQL
    # and NATS).
    awk -v cores="$(nproc)" -v enqueued="$ingested" '{ wall[$1] += $2; commits[$1] += $3; runs[$1]++; docs[$1] = $4; cpu[$1] += $5; pg[$1] += $6; nats[$1] += $7; code[$1] += $8; steady[$1] += $9 }
         END { for (k in wall) { wall[k] /= runs[k]; commits[k] /= runs[k]; cpu[k] /= runs[k]; pg[k] /= runs[k]; nats[k] /= runs[k]; code[k] /= runs[k]; steady[k] /= runs[k] }
               for (k in wall) if (k ~ /^1x/ && "ingest" in wall) {
                   # per document coded: every enqueued one
                   threads = substr(k, 3); w = 1000 * cpu[k] / enqueued; p = 1000 * pg[k] / enqueued; n = 1000 * nats[k] / enqueued
                   i = 1000 * cpu["ingest"] / enqueued; most = threads / w < cores / (w + p + n) ? threads / w : cores / (w + p + n)
                   printf "ratio %s / ingest: %.2f wall (target >= 0.8); cpu per document: ingest %.1f ms, worker %.1f, postgres %.1f, nats %.1f: on %d cores at most %.2f\n",
                       k, wall[k] / wall["ingest"], i, w, p, n, cores, most / (cores / i) }
               if (!("2x1" in wall && "1x1" in wall)) exit
               printf "ratio 2x1 / 1x1: %.2f wall, %.2f between commits, %.2f steady (target >= 1.7)\n", wall["2x1"] / wall["1x1"], commits["2x1"] / commits["1x1"],
                   steady["2x1"] / steady["1x1"]
               c = 1000 * (cpu["1x1"] - cpu["2x1"]) / (docs["2x1"] / 2); p = 1000 * pg["2x1"] / docs["2x1"]; n = 1000 * nats["2x1"] / docs["2x1"]
               t = code["1x1"]
               if (c <= 0) { print "cpu per document: a 2x1 worker used as much CPU as the 1x1 one (start-up and warm-up outweigh the documents): run more documents"; exit }
               printf "cpu per document: worker %.1f ms (start-up %.1f s), postgres %.1f ms, nats %.1f ms; one worker codes one in %.1f ms: 2x1 / 1x1 <= 2t / (c + p + n) = %.2f (t, and so this bound, is right only on a quiet host)\n",
                   c, cpu["1x1"] - docs["1x1"] * c / 1000, p, n, t, 2 * t / (c + p + n) }' \
        "$work/rates.$corpus"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
