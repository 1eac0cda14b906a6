#!/usr/bin/env bash
# Wall time and peak memory of `./warta code` on each seed article, start-up included: one untimed run (which
# builds the CLI if needed and warms the file cache), then N timed runs. Needs GNU time (/usr/bin/time).
# The slim executable is built first (./warta --build-slim), so the runs time what `./warta code` runs once it is
# there; without clang, or with WARTA_SLIM=0, they time the full CLI. The first line says which.
# Usage: benchmarks/scripts/seed-wall-time.sh [RUNS] [SEED_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
seed="${2:-$root/../shared/seed}"
if [[ "${WARTA_SLIM:-1}" != 0 ]] && "$root/warta" --build-slim; then echo "timing the slim executable (Native AOT)"; else echo "timing the full CLI"; fi
"$root/warta" code "$seed"/*.txt > /dev/null
for ((i = 1; i <= runs; i++)); do
  /usr/bin/time -f "%e s wall, %U s user, %M KB peak" "$root/warta" code "$seed"/*.txt 2>&1 > /dev/null | tail -1
done | sort -n | awk '{ print } { t[NR] = $1 } END { printf "median %.2f s wall over %d runs\n", t[int((NR + 1) / 2)], NR }'
